import type { Clock } from './clock.js';

/** Thrown by {@link RateLimiter.acquire} when the waiting queue is already at its limit. */
export class QueueFullError extends Error {
  override readonly name = 'QueueFullError';
  constructor(readonly queueLimit: number) {
    super(`${queueLimit} requests already waiting`);
  }
}

export interface RateLimiterOptions {
  /** At most this many starts… */
  limit: number;
  /** …in any rolling window of this length. */
  windowMs: number;
  /** At most this many callers waiting; more are refused with {@link QueueFullError}. */
  queueLimit: number;
  clock: Clock;
}

interface Waiter {
  grant(): void;
  refuse(reason: Error): void;
}

/**
 * A sliding-window log: a request may start at `t` only if fewer than `limit` started in
 * `(t - windowMs, t]`, so no rolling window ever holds more than `limit` starts. A fixed window
 * would allow twice the limit across a boundary, which is what gets a key throttled by the server.
 * Callers over the limit wait in FIFO order instead of failing.
 */
export class RateLimiter {
  readonly #options: RateLimiterOptions;
  /** Start times within the last window, oldest first; never more than `limit` of them. */
  readonly #starts: number[] = [];
  readonly #queue: Waiter[] = [];
  readonly #closing = new AbortController();
  #pausedUntil = 0;
  #pumping = false;

  constructor(options: RateLimiterOptions) {
    this.#options = options;
  }

  /** Callers currently waiting for a slot. */
  get queued(): number {
    return this.#queue.length;
  }

  /**
   * Resolves when the caller may start a request (and counts it as started). Rejects with
   * {@link QueueFullError} when too many are waiting, or with the abort reason of `signal`.
   */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    if (this.#closing.signal.aborted) return Promise.reject(this.#closing.signal.reason as Error);
    if (this.#queue.length === 0 && this.#delayBeforeNextStart() === 0) {
      this.#recordStart();
      return Promise.resolve();
    }
    if (this.#queue.length >= this.#options.queueLimit) {
      return Promise.reject(new QueueFullError(this.#options.queueLimit));
    }
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        const index = this.#queue.indexOf(waiter);
        if (index !== -1) this.#queue.splice(index, 1);
        reject(signal?.reason as Error);
      };
      const waiter: Waiter = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        refuse: (reason) => {
          signal?.removeEventListener('abort', onAbort);
          reject(reason);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(waiter);
      void this.#pump();
    });
  }

  /** Lets nobody start before `untilMs` (the server answered 429 and asked us to back off). */
  pauseUntil(untilMs: number): void {
    this.#pausedUntil = Math.max(this.#pausedUntil, untilMs);
  }

  /** Refuses every waiting caller with `reason` and any later `acquire`. */
  close(reason: Error): void {
    this.#closing.abort(reason);
    for (const waiter of this.#queue.splice(0)) waiter.refuse(reason);
  }

  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      while (this.#queue.length > 0) {
        const delayMs = this.#delayBeforeNextStart();
        if (delayMs > 0) {
          await this.#options.clock.sleep(delayMs, this.#closing.signal);
          continue;
        }
        const waiter = this.#queue.shift();
        this.#recordStart();
        waiter?.grant();
      }
    } catch {
      // Only `close()` interrupts the sleep, and it has refused every waiter already.
    } finally {
      this.#pumping = false;
    }
  }

  #delayBeforeNextStart(): number {
    const now = this.#options.clock.now();
    const { limit, windowMs } = this.#options;
    while (this.#starts.length > 0 && (this.#starts[0] ?? 0) <= now - windowMs) this.#starts.shift();
    const windowDelay = this.#starts.length < limit ? 0 : (this.#starts[0] ?? now) + windowMs - now;
    return Math.max(windowDelay, this.#pausedUntil - now, 0);
  }

  #recordStart(): void {
    this.#starts.push(this.#options.clock.now());
  }
}
