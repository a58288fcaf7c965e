/**
 * Records cross the store boundary as JSON text. Reading one back always goes through a zod schema, because the
 * data outlives the code that wrote it: a record that no longer fits becomes a `corrupt` StoreError right here,
 * naming the key and the failing paths, instead of a crash wherever the bad field is first used.
 */
import type { z } from 'zod';
import { StoreError } from './errors.js';

export function encode(value: unknown): string {
  return JSON.stringify(value);
}

/** Parses JSON text without ever quoting it: V8's SyntaxError message embeds the input, which may be private. */
export function parseJson(text: string, key: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new StoreError('corrupt', `record at ${key} is not JSON`, key);
  }
}

/** Validates a value read back from the backend; issue codes and paths only, never the offending values. */
export function validate<T>(schema: z.ZodType<T>, value: unknown, key: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const where = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`);
  throw new StoreError('corrupt', `record at ${key} does not match its schema (${where.join('; ')})`, key);
}

export function decode<T>(schema: z.ZodType<T>, text: string, key: string): T {
  return validate(schema, parseJson(text, key), key);
}

/** Validates a record before it is written, so the store never writes what it would later reject as corrupt. */
export function checked<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const where = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new StoreError('invalid', `${what} is not valid (${where.join('; ')})`);
}

/** Decodes when possible, null otherwise: for clean-up paths that must work even on damaged records. */
export function tryDecode<T>(schema: z.ZodType<T>, text: string): T | null {
  try {
    const result = schema.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
