/** Reading, batch-reading and safely updating JSON records stored under single keys. */
import type { z } from 'zod';
import type { Backend } from './backend/backend.js';
import { checked, decode, encode } from './codec.js';
import { StoreError } from './errors.js';

export async function readRecord<T>(backend: Backend, schema: z.ZodType<T>, key: string): Promise<T | null> {
  const text = await backend.get(key);
  return text === null ? null : decode(schema, text, key);
}

/** Reads many records in one round trip; missing ones are skipped, corrupt ones throw. */
export async function readRecords<T>(backend: Backend, schema: z.ZodType<T>, keys: readonly string[]): Promise<T[]> {
  const texts = await backend.mget(keys);
  const records: T[] = [];
  texts.forEach((text, index) => {
    if (text !== null) records.push(decode(schema, text, keys[index] ?? ''));
  });
  return records;
}

const UPDATE_ATTEMPTS = 8;

/**
 * Read-modify-write that never loses a concurrent update: the write only lands if the record is unchanged since it
 * was read, otherwise the change is reapplied to the fresh value. The changed record is validated before it is
 * written. Returns null when the record does not exist.
 */
export async function updateRecord<T>(
  backend: Backend,
  schema: z.ZodType<T>,
  key: string,
  change: (current: T) => T,
): Promise<{ before: T; after: T } | null> {
  for (let attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
    const text = await backend.get(key);
    if (text === null) return null;
    const before = decode(schema, text, key);
    const after = checked(schema, change(before), `update of ${key}`);
    if (await backend.compareAndSet(key, text, encode(after))) return { before, after };
  }
  throw new StoreError('conflict', `record at ${key} kept changing; update abandoned`, key);
}
