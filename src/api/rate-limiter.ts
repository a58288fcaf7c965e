import type { Clock } from './clock.js';

/** Thrown by {@link RateLimiter.acquire} when the waiting queue is already at its limit. */
export class QueueFullError extends Error {
  override readonly name = 'QueueFullError';
  constructor(readonly queueLimit: number) {
    super(`${queueLimit} requests already waiting`);
  }
}

export interface RateLimiterOptions {
  /** At most this many requests… */
  limit: number;
  /** …in any rolling window of this length. */
  windowMs: number;
  /** At most this many callers waiting; more are refused with {@link QueueFullError}. */
  queueLimit: number;
  clock: Clock;
}

/** Marks the request as finished; its slot frees one window later. */
export type ReleaseSlot = () => void;

interface Waiter {
  grant(): void;
  refuse(reason: Error): void;
}

/**
 * A sliding-window log: at most `limit` requests in any rolling `windowMs`, so a fixed window on
 * the server never sees more either (a fixed window on the client would allow twice the limit
 * across a boundary). A slot is held from the start of a request until one window after it
 * *finished*: the server counted the request at some moment before its response arrived (after
 * any queueing on its side), so counting from the response keeps the next request a full window
 * later on the server's clock too, whatever the latency. The price is throughput of
 * `windowMs / (windowMs + latency)`: under 1% at 300 a minute. Callers over the limit wait in FIFO
 * order instead of failing.
 */
export class RateLimiter {
  readonly #options: RateLimiterOptions;
  /** Requests started and not finished yet. */
  #inFlight = 0;
  /**
   * When the finished requests that still count finished, oldest first. Releases happen in clock
   * order, so this stays sorted and expires from the front.
   */
  readonly #finishedAt: number[] = [];
  #expired = 0;
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
   * Nothing waiting, in flight, still counted or paused: a fresh limiter would behave the same, so this one may
   * be forgotten.
   */
  get idle(): boolean {
    const now = this.#options.clock.now();
    this.#expire(now);
    return this.#inFlight === 0 && this.#queue.length === 0 && this.#expired === this.#finishedAt.length && this.#pausedUntil <= now;
  }

  /**
   * Resolves when the caller may start a request, with the function to call when it finishes.
   * Rejects with {@link QueueFullError} when too many are waiting, or with the abort reason of
   * `signal`.
   */
  acquire(signal?: AbortSignal): Promise<ReleaseSlot> {
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    if (this.#closing.signal.aborted) return Promise.reject(this.#closing.signal.reason as Error);
    if (this.#queue.length === 0 && this.#delayBeforeNextStart() === 0) return Promise.resolve(this.#take());
    if (this.#queue.length >= this.#options.queueLimit) {
      return Promise.reject(new QueueFullError(this.#options.queueLimit));
    }
    return new Promise<ReleaseSlot>((resolve, reject) => {
      const onAbort = (): void => {
        const index = this.#queue.indexOf(waiter);
        if (index !== -1) this.#queue.splice(index, 1);
        reject(signal?.reason as Error);
      };
      const waiter: Waiter = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve(this.#take());
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
        // Every slot is in flight: the next release pumps again.
        if (delayMs === Number.POSITIVE_INFINITY) return;
        if (delayMs > 0) {
          await this.#options.clock.sleep(delayMs, this.#closing.signal);
          continue;
        }
        this.#queue.shift()?.grant();
      }
    } catch {
      // Only `close()` interrupts the sleep, and it has refused every waiter already.
    } finally {
      this.#pumping = false;
    }
  }

  /** Stops counting requests that finished a window ago or earlier. */
  #expire(now: number): void {
    const { windowMs } = this.#options;
    while (this.#expired < this.#finishedAt.length && (this.#finishedAt[this.#expired] ?? now) <= now - windowMs) {
      this.#expired++;
    }
    // Drop the expired prefix now and then rather than shifting on every expiry.
    if (this.#expired > 1024 && this.#expired * 2 > this.#finishedAt.length) {
      this.#finishedAt.splice(0, this.#expired);
      this.#expired = 0;
    }
  }

  /** 0 when a request may start now; infinite when only a release can free a slot. */
  #delayBeforeNextStart(): number {
    const now = this.#options.clock.now();
    const { limit, windowMs } = this.#options;
    this.#expire(now);
    const pause = Math.max(this.#pausedUntil - now, 0);
    if (this.#inFlight + this.#finishedAt.length - this.#expired < limit) return pause;
    const oldest = this.#finishedAt[this.#expired];
    if (oldest === undefined) return Number.POSITIVE_INFINITY;
    return Math.max(oldest + windowMs - now, pause);
  }

  #take(): ReleaseSlot {
    this.#inFlight++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#inFlight--;
      this.#finishedAt.push(this.#options.clock.now());
      if (this.#queue.length > 0) void this.#pump();
    };
  }
}
