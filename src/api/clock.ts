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

/**
 * The real clock: `Date.now` and `setTimeout`. An aborted sleep rejects with the signal's own
 * reason: the SDK cancels a timeout sleep after every request, and building an `AbortError` each
 * time (as `timers/promises` does) would be a cost per request.
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted === true) {
        reject(signal.reason as Error);
        return;
      }
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(signal?.reason as Error);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
