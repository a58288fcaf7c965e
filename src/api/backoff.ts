/** How hard to retry: total attempts per call and the exponential back-off between them. */
export interface RetryOptions {
  /** Attempts in total, the first included (1 disables retries). */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Delay before retry number `retry` (1 for the first retry): exponential, capped at `maxDelayMs`,
 * with "equal jitter" (half fixed, half random) so that many clients failing together do not
 * come back together, yet every retry waits at least half its step.
 */
export function backoffDelay(retry: number, options: RetryOptions, random: () => number = Math.random): number {
  const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1));
  return step / 2 + (random() * step) / 2;
}

/**
 * `Retry-After` in milliseconds: delta-seconds (`"30"`) or an HTTP date. `null` when absent or
 * unreadable.
 */
export function parseRetryAfter(header: string | undefined, nowMs: number): number | null {
  if (header === undefined) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}
