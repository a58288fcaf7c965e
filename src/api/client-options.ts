import { z } from 'zod';
import type { Clock } from './clock.js';
import type { AutocallErrorKind } from './errors.js';

/** Reported once per HTTP attempt, for metrics and logs. Never carries the API key. */
export interface CallEvent {
  /** The contract's operationId, e.g. `get-lists`. */
  operation: string;
  method: string;
  /** The path template (`/lists/{id}`), so that metrics keep a small label set. */
  path: string;
  /** `null` when no response came (network error, timeout, abort). */
  status: number | null;
  /** Set when the attempt failed. */
  kind?: AutocallErrorKind;
  /** When the request was sent, on the SDK's clock: after any wait for the rate limit. */
  startedAt: number;
  /** From sending to the end of the body; time queued behind the rate limit is not included. */
  durationMs: number;
}

/** Options of every SDK method. */
export interface CallOptions {
  /** Aborts the call wherever it is: queued, in flight or waiting to retry. */
  signal?: AbortSignal;
}

const httpUrl = z.url({ protocol: /^https?$/ });

const settingsSchema = z.object({
  /** e.g. `https://autocall.kz/api/v1` */
  apiUrl: httpUrl,
  /** e.g. `https://autocall.kz/api/public` */
  publicApiUrl: httpUrl,
  /** Per API key: at most `limit` requests in any rolling `windowMs` (the server allows 300/min). */
  rateLimit: z
    .object({ limit: z.int().positive(), windowMs: z.int().positive() })
    .default({ limit: 300, windowMs: 60_000 }),
  /** Per HTTP attempt, body included. */
  timeoutMs: z.int().positive().default(15_000),
  /** Per API key: calls waiting for the rate limit beyond this fail with `queue_full`. */
  queueLimit: z.int().nonnegative().default(1000),
  retry: z
    .object({
      attempts: z.int().positive(),
      baseDelayMs: z.number().nonnegative(),
      maxDelayMs: z.number().nonnegative(),
    })
    .refine((retry) => retry.maxDelayMs >= retry.baseDelayMs, 'maxDelayMs must be at least baseDelayMs')
    .default({ attempts: 3, baseDelayMs: 250, maxDelayMs: 5000 }),
});

/** Options of `createAutocallClient`. */
export type AutocallClientOptions = z.input<typeof settingsSchema> & {
  /** Defaults to the system clock; tests inject a fake one. */
  clock?: Clock;
  /** Called once per HTTP attempt; exceptions it throws are ignored. */
  onCall?: (event: CallEvent) => void;
};

export type AutocallClientSettings = z.output<typeof settingsSchema>;

/** Checks the options once, at start, and fills in the defaults. Throws on a misconfiguration. */
export function parseClientSettings(options: AutocallClientOptions): AutocallClientSettings {
  return settingsSchema.parse(options);
}
