import { setMaxListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { createAutocallClient, isAutocallError, type CallEvent } from '../../src/api/index.js';
import type { RemoteSandbox } from './spawn-sandbox.js';

export interface LimiterAccuracy {
  limit: number;
  windowMs: number;
  offered: number;
  /** Requests started within the run. */
  requests: number;
  /** Most starts in any rolling window: must not exceed `limit`. */
  busiest: number;
  /** Fewest starts in a rolling window lying wholly inside the run, after the first window. */
  quietest: number;
  /** Starts per window over the run, as a share of `limit`. */
  utilisation: number;
  /** 429 answers from the sandbox, whose own throttle has the same limit. */
  throttled: number;
}

/** For each anchor, how many of `times` fall in `[anchor, anchor + windowMs)`. */
function windowCounts(times: number[], anchors: number[], windowMs: number): number[] {
  return anchors.map((anchor) => times.filter((time) => time >= anchor && time < anchor + windowMs).length);
}

/**
 * One key saturated for `durationMs`: calls are offered at twice the limit's rate, so the queue
 * never empties, against a sandbox whose own throttle has the same limit. Each attempt's start
 * comes from `onCall` (its `startedAt`, on the SDK's clock, the one the limiter counts by). What is still
 * queued at the end is aborted and not counted.
 */
export async function measureLimiter(
  sandbox: RemoteSandbox,
  key: string,
  options: { limit: number; windowMs: number; durationMs: number },
): Promise<LimiterAccuracy> {
  const events: CallEvent[] = [];
  const client = createAutocallClient({
    apiUrl: sandbox.apiUrl,
    publicApiUrl: sandbox.publicApiUrl,
    rateLimit: { limit: options.limit, windowMs: options.windowMs },
    onCall: (event) => events.push(event),
  });
  const api = client.forKey(key);
  const end = new AbortController();
  // Every queued call listens to it.
  setMaxListeners(0, end.signal);
  const intervalMs = options.windowMs / (2 * options.limit);
  const startedAt = Date.now();
  const calls: Promise<unknown>[] = [];
  while (Date.now() - startedAt < options.durationMs) {
    calls.push(api.payments.balance({ signal: end.signal }));
    await sleep(intervalMs);
  }
  const endedAt = Date.now();
  end.abort();
  const outcomes = await Promise.allSettled(calls);
  await client.close();

  const failed = outcomes.filter(
    (outcome) => outcome.status === 'rejected' && !(isAutocallError(outcome.reason) && outcome.reason.kind === 'aborted'),
  );
  if (failed.length > 0) throw new Error(`${failed.length} of ${calls.length} calls failed`);
  const starts = events.map((event) => event.startedAt).sort((a, b) => a - b);
  const whole = starts.filter((start) => start >= startedAt + options.windowMs && start + options.windowMs <= endedAt);
  return {
    limit: options.limit,
    windowMs: options.windowMs,
    offered: calls.length,
    requests: starts.length,
    busiest: Math.max(...windowCounts(starts, starts, options.windowMs)),
    quietest: Math.min(...windowCounts(starts, whole, options.windowMs)),
    utilisation: starts.length / (options.limit * ((endedAt - startedAt) / options.windowMs)),
    throttled: events.filter((event) => event.status === 429).length,
  };
}
