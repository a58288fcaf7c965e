/** Field → messages, as Laravel reports a 422 (`numbers.0.number: ["…"]`). */
export type FieldErrors = Record<string, string[]>;

/**
 * What went wrong, discriminated by `kind`. The HTTP status that produced each kind:
 * 401 `unauthenticated`, 402 `insufficient_funds`, 403 `forbidden`, 404 `not_found`, 409 `conflict`,
 * 422 `validation` (also raised locally, before sending, for a request that breaks the contract),
 * 429 `rate_limited`, 5xx `server`. The rest happen without a usable status.
 */
export type AutocallErrorDetails =
  | { kind: 'unauthenticated' }
  | { kind: 'insufficient_funds' }
  /** Spam suspicion, campaign not finished, tariff limit…: the reason is in `serverMessage`. */
  | { kind: 'forbidden'; fields: FieldErrors }
  | { kind: 'not_found' }
  | { kind: 'conflict' }
  | { kind: 'validation'; fields: FieldErrors }
  /** `retryAfterMs` is the server's `Retry-After`, when it sent one. */
  | { kind: 'rate_limited'; retryAfterMs: number | null }
  | { kind: 'server' }
  /** `code` is the socket error code (`ECONNREFUSED`, `UND_ERR_SOCKET`…) when there is one. */
  | { kind: 'network'; code: string | null }
  | { kind: 'timeout'; timeoutMs: number }
  /** The server answered outside the contract: unexpected status, not JSON, or a schema mismatch. */
  | { kind: 'invalid_response'; issues: string[] }
  /** Too many calls already waiting for this API key's rate limit. */
  | { kind: 'queue_full'; queueLimit: number }
  | { kind: 'aborted' };

export type AutocallErrorKind = AutocallErrorDetails['kind'];

/** Where an error happened. Never contains the API key. */
export interface AutocallErrorContext {
  /** The contract's operationId, e.g. `post-lists`. */
  operation: string;
  method: string;
  /** The contract's path template, e.g. `/lists/{id}`. */
  path: string;
  /** HTTP status, or `null` when no response was received (or the request never left). */
  status: number | null;
  /** The server's `message`, when it sent one. */
  serverMessage: string | null;
}

class AutocallErrorBase extends Error {
  override readonly name = 'AutocallError';
  declare readonly kind: AutocallErrorKind;
  readonly operation: string;
  readonly method: string;
  readonly path: string;
  readonly status: number | null;
  readonly serverMessage: string | null;

  constructor(details: AutocallErrorDetails, context: AutocallErrorContext, cause?: unknown) {
    super(describe(details, context), cause === undefined ? undefined : { cause });
    Object.assign(this, details);
    this.operation = context.operation;
    this.method = context.method;
    this.path = context.path;
    this.status = context.status;
    this.serverMessage = context.serverMessage;
  }
}

function describe(details: AutocallErrorDetails, context: AutocallErrorContext): string {
  const status = context.status === null ? '' : ` ${context.status}`;
  const message = context.serverMessage === null ? '' : `: ${context.serverMessage}`;
  return `${context.operation} (${context.method} ${context.path}) failed with ${details.kind}${status}${message}`;
}

/**
 * The one error type the SDK throws. `kind` narrows the details:
 * `if (err.kind === 'validation') err.fields` is `Record<string, string[]>`.
 */
export type AutocallError = AutocallErrorBase & AutocallErrorDetails;

/** Constructor of {@link AutocallError}; a real class (`instanceof`, `extends Error`). */
export const AutocallError = AutocallErrorBase as new (
  details: AutocallErrorDetails,
  context: AutocallErrorContext,
  cause?: unknown,
) => AutocallError;

export function isAutocallError(value: unknown): value is AutocallError {
  return value instanceof AutocallErrorBase;
}
