/**
 * Errors of the fake Bot API as values. Each carries the HTTP status and the exact `description` the real
 * server sends, so a bot sees the same `GrammyError` it would see in production.
 */
export type BotApiErrorKind =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'blocked'
  | 'not_found'
  | 'conflict'
  | 'flood';

export interface BotApiError {
  readonly kind: BotApiErrorKind;
  readonly error_code: number;
  readonly description: string;
  readonly retry_after?: number;
}

/** The result of a fake API method: the value Telegram would return, or the error it would send. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: BotApiError };

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = (error: BotApiError): { readonly ok: false; readonly error: BotApiError } => ({ ok: false, error });

/** `400 Bad Request: <text>`: the text is what follows the prefix in the real description. */
export const badRequest = (text: string): BotApiError => ({
  kind: 'bad_request',
  error_code: 400,
  description: `Bad Request: ${text}`,
});

export const forbidden = (text: string): BotApiError => ({
  kind: 'forbidden',
  error_code: 403,
  description: `Forbidden: ${text}`,
});

export const blockedByUser = (): BotApiError => ({
  kind: 'blocked',
  error_code: 403,
  description: 'Forbidden: bot was blocked by the user',
});

export const unauthorized = (): BotApiError => ({ kind: 'unauthorized', error_code: 401, description: 'Unauthorized' });

export const notFound = (): BotApiError => ({ kind: 'not_found', error_code: 404, description: 'Not Found' });

export const conflict = (text: string): BotApiError => ({
  kind: 'conflict',
  error_code: 409,
  description: `Conflict: ${text}`,
});

export const tooManyRequests = (retryAfterSeconds: number): BotApiError => ({
  kind: 'flood',
  error_code: 429,
  description: `Too Many Requests: retry after ${retryAfterSeconds}`,
  retry_after: retryAfterSeconds,
});

/**
 * Errors a well-behaved bot provokes in normal operation and handles on purpose (flood control it retries, a user
 * who blocked it); every other error is a bug of the bot.
 */
export const isDeliberatelyHandled = (error: BotApiError): boolean => error.kind === 'flood' || error.kind === 'blocked';

/** The JSON body the real server answers with for an error. */
export const errorBody = (error: BotApiError): Record<string, unknown> => ({
  ok: false,
  error_code: error.error_code,
  description: error.description,
  ...(error.retry_after === undefined ? {} : { parameters: { retry_after: error.retry_after } }),
});
