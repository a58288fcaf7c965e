/**
 * Everything one sandbox instance knows: the clock, the seed, the accounts by API key (created lazily: an account
 * gets its records on first use, so ten thousand idle accounts cost a map entry each), id sequences shared by all
 * accounts, and the caller-ID pool.
 */
import type { SimClock } from '../core/clock.js';
import type { Account } from './account.js';
import type { ResolvedAccountOptions } from './account-options.js';
import { CallerIdPool } from './caller-id-pool.js';
import { TestCallDesk } from './test-call-desk.js';

type IdKind =
  | 'list'
  | 'contact'
  | 'sound'
  | 'scenario'
  | 'autocall'
  | 'call'
  | 'bulk'
  | 'message'
  | 'confirmedNumber'
  | 'transaction'
  | 'rental'
  | 'flashCall';

/** Where each sequence starts, so ids look like those of a database that has been in use for a while. */
const FIRST_IDS: Readonly<Record<IdKind, number>> = {
  list: 101,
  contact: 5001,
  sound: 41,
  scenario: 501,
  autocall: 1001,
  call: 100001,
  bulk: 301,
  message: 200001,
  confirmedNumber: 11,
  transaction: 7001,
  rental: 51,
  flashCall: 1001,
};

interface AccountSlot {
  options: ResolvedAccountOptions;
  account: Account | null;
}

export type Materialize = (world: World, key: string, options: ResolvedAccountOptions) => Account;

/** What a public link (no API key) points at: a sound's audio or a pending top-up's payment page. */
export interface LinkTarget {
  key: string;
  id: number;
}

export class World {
  readonly pool = new CallerIdPool();
  readonly testCalls = new TestCallDesk();
  /** Sound file token → sound, for `/storage/sounds/…`. */
  readonly soundFiles = new Map<string, LinkTarget>();
  /** Payment order → pending top-up, for `/pay/…`. */
  readonly paymentOrders = new Map<string, LinkTarget>();
  private readonly slots = new Map<string, AccountSlot>();
  private readonly revoked = new Set<string>();
  private readonly ids = new Map<IdKind, number>();

  constructor(
    readonly clock: SimClock,
    readonly seed: number,
    private readonly materialize: Materialize,
  ) {}

  nextId(kind: IdKind): number {
    const id = this.ids.get(kind) ?? FIRST_IDS[kind];
    this.ids.set(kind, id + 1);
    return id;
  }

  hasAccount(key: string): boolean {
    return this.slots.has(key);
  }

  /** Registers an account; its records are built on first use. Returns false if the key is taken. */
  addAccount(key: string, options: ResolvedAccountOptions): boolean {
    if (this.slots.has(key)) return false;
    this.slots.set(key, { options, account: null });
    return true;
  }

  revoke(key: string): void {
    this.revoked.add(key);
  }

  isRevoked(key: string): boolean {
    return this.revoked.has(key);
  }

  /** The account behind a live (not revoked) key, built now if this is its first use. */
  account(key: string): Account | null {
    return this.revoked.has(key) ? null : this.anyAccount(key);
  }

  /** The account behind a key, revoked or not (for the control surface). */
  anyAccount(key: string): Account | null {
    const slot = this.slots.get(key);
    if (!slot) return null;
    slot.account ??= this.materialize(this, key, slot.options);
    return slot.account;
  }

  /** Accounts already built (the only ones that can have anything scheduled). */
  *builtAccounts(): Generator<Account> {
    for (const slot of this.slots.values()) if (slot.account) yield slot.account;
  }
}
