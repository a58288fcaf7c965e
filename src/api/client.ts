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
   * the connection pools. Calling it again with the same key returns the same object.
   */
  forKey(apiKey: string): AutocallApi;
  /** Tariffs and the test call, which need no key. */
  readonly public: PublicApi;
  /** Aborts queued and in-flight calls (they fail with `aborted`) and closes the connections. */
  close(): Promise<void>;
}

/** Creates the SDK. Throws if the options are invalid (a misconfiguration, found at start). */
export function createAutocallClient(options: AutocallClientOptions): AutocallClient {
  const settings = parseClientSettings(options);
  const clock = options.clock ?? systemClock;
  const pools = new ConnectionPools();
  const closing = new AbortController();
  const inFlight = new Set<AbortController>();
  const limiters: RateLimiter[] = [];
  const accounts = new Map<string, AutocallApi>();

  function callerFor(target: RequestTarget): Caller {
    const limiter = new RateLimiter({ ...settings.rateLimit, queueLimit: settings.queueLimit, clock });
    limiters.push(limiter);
    return createCaller({
      target,
      pools,
      limiter,
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
      let api = accounts.get(apiKey);
      if (api === undefined) {
        api = createAutocallApi(callerFor({ baseUrl: new URL(settings.apiUrl), apiKey }));
        accounts.set(apiKey, api);
      }
      return api;
    },
    // The public API is limited per IP, not per key: it gets a limiter of its own.
    public: createPublicApi(callerFor({ baseUrl: new URL(settings.publicApiUrl), apiKey: null })),
    async close() {
      const reason = new Error('The AutoCall client was closed');
      closing.abort(reason);
      for (const attempt of inFlight) attempt.abort(reason);
      for (const limiter of limiters) limiter.close(reason);
      await pools.close();
    },
  };
}
