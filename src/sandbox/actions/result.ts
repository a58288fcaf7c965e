/**
 * What an action returns: its value, or a failure as a value whose `kind` the HTTP layer maps to the contract's
 * status and body (404, 422, 402, 403, 409, 429).
 */
import { addFieldError, type FieldErrors } from '../contract/field-errors.js';

export type Failure =
  | { kind: 'not-found' }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'payment-required'; message: string }
  | { kind: 'forbidden'; message: string; errors: FieldErrors | null }
  | { kind: 'conflict'; message: string }
  | { kind: 'too-many-attempts'; message: string; retryAfterSeconds: number };

export type Result<T> = { kind: 'ok'; value: T } | Failure;

export function ok<T>(value: T): Result<T> {
  return { kind: 'ok', value };
}

export const notFound: Failure = { kind: 'not-found' };

export function invalid(field: string, message: string): Failure {
  return { kind: 'invalid', errors: { [field]: [message] } };
}

/** Collects prose rules' errors over several checks, then fails once with all of them (as Laravel does). */
export class ErrorBag {
  readonly errors: FieldErrors = {};

  add(field: string, message: string): void {
    addFieldError(this.errors, field, message);
  }

  get empty(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  failure(): Failure {
    return { kind: 'invalid', errors: this.errors };
  }
}
