import { expect } from 'vitest';
import { StoreError, type StoreErrorKind } from '../../../src/store/errors.js';

/** Awaits a promise that must fail with a StoreError of `kind`; returns the error for further checks. */
export async function expectStoreError(promise: Promise<unknown>, kind: StoreErrorKind): Promise<StoreError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(StoreError);
  const storeError = error as StoreError;
  expect(storeError.kind).toBe(kind);
  return storeError;
}
