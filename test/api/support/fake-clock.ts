import type { Clock } from '../../../src/api/index.js';

interface Timer {
  due: number;
  ms: number;
  resolve(): void;
}

/** Lets pending promise callbacks and loopback I/O callbacks run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Virtual time: `sleep` only resolves when the test advances the clock past it, so limits over
 * minutes are tested in milliseconds.
 */
export class FakeClock implements Clock {
  #now: number;
  readonly #timers: Timer[] = [];
  /** Every sleep requested, in order, with its duration. */
  readonly sleeps: number[] = [];

  constructor(start = 1_700_000_000_000) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason as Error);
        return;
      }
      const timer: Timer = {
        due: this.#now + ms,
        ms,
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = (): void => {
        this.#remove(timer);
        reject(signal?.reason as Error);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#timers.push(timer);
    });
  }

  /** Durations (as requested) of the sleeps still pending. */
  pending(): number[] {
    return this.#timers.map((timer) => timer.ms);
  }

  /** Moves time forward by `ms`, waking every sleep that falls due, in order. */
  async advance(ms: number): Promise<void> {
    const target = this.#now + ms;
    for (;;) {
      const next = this.#earliest((timer) => timer.due <= target);
      if (next === undefined) break;
      await this.#fire(next);
    }
    this.#now = target;
    await settle();
  }

  /**
   * Jumps to the earliest pending sleep shorter than `maxMs` and wakes it; false if there is
   * none. Sleeps of `maxMs` or more (request timeouts) are left alone.
   */
  async advanceToNext(maxMs = Number.POSITIVE_INFINITY): Promise<boolean> {
    const next = this.#earliest((timer) => timer.ms < maxMs);
    if (next === undefined) return false;
    await this.#fire(next);
    return true;
  }

  async #fire(timer: Timer): Promise<void> {
    this.#now = Math.max(this.#now, timer.due);
    this.#remove(timer);
    timer.resolve();
    await settle();
  }

  #earliest(accept: (timer: Timer) => boolean): Timer | undefined {
    return this.#timers.filter(accept).sort((a, b) => a.due - b.due)[0];
  }

  #remove(timer: Timer): void {
    const index = this.#timers.indexOf(timer);
    if (index !== -1) this.#timers.splice(index, 1);
  }
}

/**
 * Awaits `promise`, advancing `clock` through back-off and rate-limit sleeps, but only while no
 * request is in flight. A request in flight is a pending sleep of `timeoutMs` (its timeout),
 * which is never advanced through.
 */
export async function drive<T>(clock: FakeClock, promise: Promise<T>, timeoutMs: number): Promise<T> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  while (!done) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    const inFlight = clock.pending().some((ms) => ms >= timeoutMs);
    if (!done && !inFlight) await clock.advanceToNext(timeoutMs);
  }
  return promise;
}
