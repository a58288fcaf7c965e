/**
 * grammY `StorageAdapter` over the store, for sessions and conversations v2 (`conversations({ storage })` accepts
 * it for `VersionedState` values). Values are JSON; an optional TTL is renewed on every write, so idle chats expire.
 */
import type { StorageAdapter } from 'grammy';
import type { z } from 'zod';
import { encode, parseJson, validate } from './codec.js';
import type { RepoContext } from './context.js';
import { checkedTtl } from './ttl.js';

export interface AdapterOptions<T> {
  /** Lifetime after the last write. */
  ttlMs?: number;
  /** Checks values read back; without one, stored JSON is trusted to be a `T` (grammY's own adapters do so). */
  schema?: z.ZodType<T>;
}

export function storageAdapter<T>(
  { backend, keys }: RepoContext,
  namespace: string,
  options: AdapterOptions<T> = {},
): StorageAdapter<T> {
  const keyOf = keys.adapter(namespace);
  const ttlMs = options.ttlMs === undefined ? undefined : checkedTtl(options.ttlMs, 'adapter lifetime');
  const { schema } = options;

  return {
    async read(key) {
      const storeKey = keyOf(key);
      const text = await backend.get(storeKey);
      if (text === null) return undefined;
      const value = parseJson(text, storeKey);
      return schema ? validate(schema, value, storeKey) : (value as T);
    },
    async write(key, value) {
      await backend.write([{ op: 'set', key: keyOf(key), value: encode(value), ttlMs }]);
    },
    async delete(key) {
      await backend.write([{ op: 'del', key: keyOf(key) }]);
    },
    async has(key) {
      return (await backend.get(keyOf(key))) !== null;
    },
  };
}
