import { setTimeout as delay } from 'node:timers/promises';

/**
 * Time as the SDK sees it. Injected so that the rate limiter, back-off and timeouts can be driven
 * by a fake clock in tests instead of waiting for real minutes.
 */
export interface Clock {
  /** Milliseconds since the epoch (only differences matter, except for `Retry-After` dates). */
  now(): number;
  /** Resolves after `ms`; rejects as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock: `Date.now` and `node:timers`. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => delay(ms, undefined, signal === undefined ? {} : { signal }),
};
