/**
 * One API key's account: its records, money and the queue of what will happen to it. Accounts never see each
 * other's records; the only shared things are the caller-ID pool and id sequences (as in one real database).
 */
import { TimeHeap } from '../core/heap.js';
import type { TariffName } from '../domain/tariffs.js';
import type { LifeEvent, ScheduledEvent } from './life-events.js';
import type {
  AutocallRecord,
  BulkRecord,
  CallRecord,
  ConfirmedNumberRecord,
  ContactRecord,
  FlashCallRecord,
  ListRecord,
  MessageRecord,
  NotificationRecord,
  RentalRecord,
  ScenarioRecord,
  SettingsRecord,
  SoundRecord,
  TransactionRecord,
} from './records.js';

export class Account {
  /** Spendable money; reservations for running campaigns are already taken out of it. */
  balance = 0;
  reserved = 0;
  readonly lists = new Map<number, ListRecord>();
  readonly contacts = new Map<number, ContactRecord>();
  readonly sounds = new Map<number, SoundRecord>();
  readonly scenarios = new Map<number, ScenarioRecord>();
  readonly autocalls = new Map<number, AutocallRecord>();
  /** Campaigns answered 202, not visible until their `autocall-accepted` event. */
  readonly acceptedAutocalls = new Map<number, AutocallRecord>();
  readonly calls = new Map<number, CallRecord>();
  readonly bulks = new Map<number, BulkRecord>();
  readonly messages = new Map<number, MessageRecord>();
  readonly confirmedNumbers = new Map<number, ConfirmedNumberRecord>();
  readonly transactions = new Map<number, TransactionRecord>();
  readonly notifications = new Map<string, NotificationRecord>();
  readonly rentals = new Map<number, RentalRecord>();
  readonly flashCalls: FlashCallRecord[] = [];
  /** Number → times of recent flash calls, for the 3-per-5-minutes limit. */
  readonly flashAttempts = new Map<string, number[]>();
  notificationCount = 0;
  private readonly queue = new TimeHeap<ScheduledEvent>();
  private eventCount = 0;

  constructor(
    readonly key: string,
    public tariff: TariffName,
    public lowBalanceThreshold: number,
    public settings: SettingsRecord,
  ) {}

  schedule(at: number, event: LifeEvent): void {
    this.queue.push({ ...event, at, seq: this.eventCount++ });
  }

  /** Removes and returns the earliest event due at or before `now`. */
  takeDue(now: number): ScheduledEvent | undefined {
    const next = this.queue.peek();
    return next && next.at <= now ? this.queue.pop() : undefined;
  }

  pendingEvents(): ScheduledEvent[] {
    return [...this.queue.values()].sort((a, b) => a.at - b.at || a.seq - b.seq);
  }
}
