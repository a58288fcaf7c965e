/**
 * Bulky wizard data (a parsed contact file of 100,000 rows, say) kept out of the conversation state, which is
 * rewritten on every update. Values are gzipped JSON: contact lists compress around tenfold, and gzip runs on
 * libuv's thread pool, so a big draft does not stall the bot's event loop.
 */
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { z } from 'zod';
import { encode, parseJson, validate } from './codec.js';
import type { RepoContext } from './context.js';
import { StoreError } from './errors.js';
import { checkedTtl } from './ttl.js';

const compress = promisify(gzip);
const decompress = promisify(gunzip);

export interface DraftRepo {
  /** Stores a JSON-serialisable value for `ttlMs`, replacing any earlier draft under the id. */
  put(id: string, value: unknown, ttlMs: number): Promise<void>;
  /** The draft validated against `schema`, or null when it expired or never existed. */
  get<T>(id: string, schema: z.ZodType<T>): Promise<T | null>;
  delete(id: string): Promise<void>;
}

export function draftRepo({ backend, keys }: RepoContext): DraftRepo {
  return {
    async put(id, value, ttlMs) {
      checkedTtl(ttlMs, 'draft lifetime');
      const bytes = await compress(Buffer.from(encode(value), 'utf8'));
      await backend.write([{ op: 'set', key: keys.draft(id), value: bytes, ttlMs }]);
    },
    async get(id, schema) {
      const key = keys.draft(id);
      const bytes = await backend.getBytes(key);
      if (bytes === null) return null;
      let text: string;
      try {
        text = (await decompress(bytes)).toString('utf8');
      } catch {
        throw new StoreError('corrupt', `draft at ${key} is not gzip`, key);
      }
      return validate(schema, parseJson(text, key), key);
    },
    async delete(id) {
      await backend.write([{ op: 'del', key: keys.draft(id) }]);
    },
  };
}
