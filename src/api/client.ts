import { parseClientSettings, type AutocallClientOptions } from './client-options.js';
import { systemClock } from './clock.js';
import { createCaller, type Caller } from './executor.js';
import { createAutocallApi, type AutocallApi } from './groups/index.js';
import { createPublicApi, type PublicApi } from './groups/public.js';
import { RateLimiter } from './rate-limiter.js';
import type { RequestTarget } from './request-builder.js';
import { ConnectionPools } from './transport.js';

/** The AutoCall.kz SDK: one per process, shared by every account. */
export interface AutocallClient {
  /**
   * The API as the owner of `apiKey`. Each key has its own rate limit and queue; all keys share
   * the connection pools. Calling it again with the same key soon after returns the same object.
   */
  forKey(apiKey: string): AutocallApi;
  /** Tariffs and the test call, which need no key. */
  readonly public: PublicApi;
  /** Keys whose rate-limit state is held (for metrics: it shrinks as keys fall idle). */
  readonly trackedKeys: number;
  /** Aborts queued and in-flight calls (they fail with `aborted`) and closes the connections. */
  close(): Promise<void>;
}

/**
 * The per-key API objects most recently used: one costs ~18 KB of closures, so a notifier polling 10,000 accounts
 * keeps only these and rebuilds the rest (microseconds) rather than holding every one for the life of the process.
 */
const API_CACHE_SIZE = 1024;

/** Creates the SDK. Throws if the options are invalid (a misconfiguration, found at start). */
export function createAutocallClient(options: AutocallClientOptions): AutocallClient {
  const settings = parseClientSettings(options);
  const clock = options.clock ?? systemClock;
  const pools = new ConnectionPools();
  const closing = new AbortController();
  const inFlight = new Set<AbortController>();
  /** Per key (null: the public API), only while it matters: a limiter that fell idle is forgotten. */
  const limiters = new Map<string | null, RateLimiter>();
  /** Least recently used first. */
  const apis = new Map<string, AutocallApi>();
  let sweptAt = clock.now();

  function limiterOf(apiKey: string | null): RateLimiter {
    let limiter = limiters.get(apiKey);
    if (limiter === undefined) {
      limiter = new RateLimiter({ ...settings.rateLimit, queueLimit: settings.queueLimit, clock });
      if (closing.signal.aborted) limiter.close(closing.signal.reason as Error);
      limiters.set(apiKey, limiter);
    }
    return limiter;
  }

  /** At most once a window: forget the limiters with nothing left to count. */
  function sweep(): void {
    const now = clock.now();
    if (now - sweptAt < settings.rateLimit.windowMs) return;
    sweptAt = now;
    for (const [apiKey, limiter] of limiters) if (limiter.idle) limiters.delete(apiKey);
  }

  function callerFor(target: RequestTarget): Caller {
    return createCaller({
      target,
      pools,
      // Looked up per attempt, so an API object kept by a caller and a fresh one for the same key share one limit.
      limiter: () => limiterOf(target.apiKey),
      clock,
      timeoutMs: settings.timeoutMs,
      retry: settings.retry,
      windowMs: settings.rateLimit.windowMs,
      onCall: options.onCall,
      closing: closing.signal,
      inFlight,
    });
  }

  return {
    forKey(apiKey) {
      sweep();
      let api = apis.get(apiKey);
      if (api === undefined) {
        api = createAutocallApi(callerFor({ baseUrl: new URL(settings.apiUrl), apiKey }));
        if (apis.size >= API_CACHE_SIZE) apis.delete(apis.keys().next().value ?? apiKey);
      } else {
        apis.delete(apiKey);
      }
      apis.set(apiKey, api);
      return api;
    },
    // The public API is limited per IP, not per key: it gets a limiter of its own.
    public: createPublicApi(callerFor({ baseUrl: new URL(settings.publicApiUrl), apiKey: null })),
    get trackedKeys() {
      return limiters.size - (limiters.has(null) ? 1 : 0);
    },
    async close() {
      const reason = new Error('The AutoCall client was closed');
      closing.abort(reason);
      for (const attempt of inFlight) attempt.abort(reason);
      for (const limiter of limiters.values()) limiter.close(reason);
      await pools.close();
    },
  };
}
