/**
 * The one error type the store throws. It never carries a stored value or a secret: only the kind, the Redis key
 * (names are ids, never secrets) and, for corrupt records, where the record failed validation.
 */

/**
 * - `corrupt`: a record read back does not match its schema (stored by another code version, or damaged);
 * - `crypto`: a sealed API key cannot be opened (unknown key id, wrong key, tampered data);
 * - `conflict`: a record kept changing under a read-modify-write and the update gave up;
 * - `invalid`: the caller passed something the store refuses (bad namespace, bad cipher keys, empty API key);
 * - `backend`: Redis failed or answered something unexpected.
 */
export type StoreErrorKind = 'corrupt' | 'crypto' | 'conflict' | 'invalid' | 'backend';

export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    /** The Redis key involved, when there is one. */
    readonly key?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isStoreError(error: unknown, kind?: StoreErrorKind): error is StoreError {
  return error instanceof StoreError && (kind === undefined || error.kind === kind);
}
