/** Lifetimes go to Redis as PX milliseconds, which must be positive integers. */
import { StoreError } from './errors.js';

export function checkedTtl(ms: number, what: string): number {
  if (!Number.isSafeInteger(ms) || ms <= 0) throw new StoreError('invalid', `${what} must be a positive integer of ms`);
  return ms;
}
