/**
 * The notifier without Redis (one process, everything in memory, so nothing outlives the process): a timer polls
 * every account each interval, and an in-process outbox sends with the same outcomes the BullMQ runner honours —
 * pacing per chat, a 429 sending its delivery first once the schedule resumes, retries with a growing pause, and a
 * delivery whose step failed (the store, say) tried again like a failed send. The overall rate is the deliverer's.
 */
import type { Logger } from '../../logger.js';
import { type Delivery, deliveryKey } from '../delivery.js';
import { SEND_ATTEMPTS, SEND_BACKOFF_MS, type NotifierSteps, type Runner } from './runner.js';

export interface TimerRunnerOptions {
  intervalMs: number;
  concurrency: number;
  logger: Logger;
}

interface Entry {
  delivery: Delivery;
  attempts: number;
}

/** Sends in flight at once; the send schedule, not this, bounds the throughput. */
const SEND_CONCURRENCY = 8;

export function createTimerRunner(steps: NotifierSteps, options: TimerRunnerOptions): Runner {
  const queue: Entry[] = [];
  const queued = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();
  const inFlight = new Set<Promise<void>>();
  let running = false;
  let polling: Promise<void> | null = null;

  function later(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      timers.delete(timer);
      action();
    }, ms);
    timers.add(timer);
  }

  function push(entry: Entry, front = false): void {
    if (front) queue.unshift(entry);
    else queue.push(entry);
    pump();
  }

  const enqueue = async (deliveries: Delivery[]): Promise<void> => {
    for (const delivery of deliveries) {
      const key = deliveryKey(delivery);
      if (queued.has(key)) continue;
      queued.add(key);
      push({ delivery, attempts: 0 });
    }
  };

  async function settle(entry: Entry): Promise<void> {
    const outcome = await steps.deliver(entry.delivery).catch((error: unknown) => ({ kind: 'retry' as const, reason: String(error) }));
    switch (outcome.kind) {
      case 'paced':
        later(outcome.delayMs, () => push(entry));
        return;
      case 'flood':
        push(entry, true);
        return;
      case 'retry':
        if (entry.attempts + 1 >= SEND_ATTEMPTS) {
          steps.gaveUp(entry.delivery, outcome.reason);
          queued.delete(deliveryKey(entry.delivery));
          return;
        }
        later(SEND_BACKOFF_MS * 2 ** entry.attempts, () => push({ ...entry, attempts: entry.attempts + 1 }));
        return;
      default:
        queued.delete(deliveryKey(entry.delivery));
    }
  }

  /** Starts sends while the concurrency allows. */
  function pump(): void {
    if (!running) return;
    while (queue.length > 0 && inFlight.size < SEND_CONCURRENCY) {
      const entry = queue.shift();
      if (!entry) return;
      const task = settle(entry).finally(() => {
        inFlight.delete(task);
        pump();
      });
      inFlight.add(task);
    }
  }

  async function pollAll(): Promise<void> {
    const pool = new Set<Promise<unknown>>();
    for await (const accountId of steps.accountIds()) {
      if (!running) break;
      const task = steps
        .poll(accountId, enqueue)
        .catch((error: unknown) => options.logger.error({ err: error, account_id: accountId }, 'notifier: poll failed'))
        .finally(() => pool.delete(task));
      pool.add(task);
      if (pool.size >= options.concurrency) await Promise.race(pool);
    }
    await Promise.all(pool);
  }

  function round(): void {
    if (!running) return;
    // A round still going when the next is due is not doubled: that account set is simply polled less often.
    polling ??= pollAll().finally(() => {
      polling = null;
    });
    later(options.intervalMs, round);
  }

  return {
    async start() {
      running = true;
      round();
    },
    async stop() {
      running = false;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await polling;
      await Promise.all(inFlight);
    },
    outboxDepth: async () => queued.size,
  };
}
