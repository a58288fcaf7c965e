/** How the notifier's two steps are scheduled: by BullMQ over Redis, or by timers in one process without Redis. */
import type { Delivery } from '../delivery.js';
import type { DeliveryOutcome } from './deliver.js';
import type { Enqueue, PollResult } from './poll-account.js';

export interface NotifierSteps {
  /** Every linked account id, page by page. */
  accountIds(): AsyncIterable<string>;
  poll(accountId: string, enqueue: Enqueue): Promise<PollResult>;
  deliver(delivery: Delivery): Promise<DeliveryOutcome>;
  gaveUp(delivery: Delivery, reason: string): void;
}

export interface Runner {
  start(): Promise<void>;
  /** Stops taking work and waits for what is in flight. */
  stop(): Promise<void>;
  /** Deliveries waiting or in flight. */
  outboxDepth(): Promise<number>;
}

/** Sends are retried this many times with a growing pause (1 s, 2 s, 4 s… up to about 8 minutes in all). */
export const SEND_ATTEMPTS = 10;
export const SEND_BACKOFF_MS = 1000;
