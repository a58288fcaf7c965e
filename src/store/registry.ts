/**
 * Small sets of records a process must find again after a restart — a campaign being created that someone waits
 * for, say: one hash per namespace, a field per record, each with its own expiry. Adding or removing a record
 * touches one field, so writers in several processes need no lock; expired records are dropped as they are read.
 * Meant for dozens of records, not thousands: `list` reads the whole namespace.
 */
import { z } from 'zod';
import { encode, parseJson, validate } from './codec.js';
import type { RepoContext } from './context.js';
import { StoreError } from './errors.js';
import { checkedTtl } from './ttl.js';

const ID = /^[\w:.-]{1,128}$/;

const entrySchema = z.object({ expiresAt: z.number(), value: z.unknown() });

export interface RegistryRepo {
  /** Adds or replaces the record `id`, kept for `ttlMs`. */
  put(namespace: string, id: string, value: unknown, ttlMs: number): Promise<void>;
  remove(namespace: string, id: string): Promise<void>;
  /** The live records, each validated against `schema` (a record that no longer fits is a `corrupt` error). */
  list<T>(namespace: string, schema: z.ZodType<T>): Promise<T[]>;
}

function checkedId(id: string): string {
  if (!ID.test(id)) throw new StoreError('invalid', 'registry id must be 1–128 of A-Z a-z 0-9 _ : . -');
  return id;
}

export function registryRepo({ backend, keys, clock }: RepoContext): RegistryRepo {
  return {
    async put(namespace, id, value, ttlMs) {
      checkedTtl(ttlMs, 'registry record lifetime');
      await backend.write([{ op: 'hset', key: keys.registry(namespace), field: checkedId(id), value: encode({ expiresAt: clock() + ttlMs, value }) }]);
    },
    async remove(namespace, id) {
      await backend.write([{ op: 'hdel', key: keys.registry(namespace), field: checkedId(id) }]);
    },
    async list<T>(namespace: string, schema: z.ZodType<T>): Promise<T[]> {
      const key = keys.registry(namespace);
      const now = clock();
      const live: T[] = [];
      const expired: string[] = [];
      for (const [id, text] of Object.entries(await backend.hgetall(key))) {
        const entry = validate(entrySchema, parseJson(text, key), key);
        if (entry.expiresAt <= now) expired.push(id);
        else live.push(validate(schema, entry.value, key));
      }
      if (expired.length > 0) await backend.write(expired.map((field) => ({ op: 'hdel' as const, key, field })));
      return live;
    },
  };
}
