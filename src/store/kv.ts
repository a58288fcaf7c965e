/** Small generic counters and flags the features need: rate windows and idempotency marks. */
import type { RepoContext } from './context.js';
import { checkedTtl } from './ttl.js';

export interface KvRepo {
  /**
   * Counts an event in a fixed window that starts at the first event: returns the count including this one
   * (e.g. flash calls to one number in 5 minutes).
   */
  incrWindow(key: string, windowMs: number): Promise<number>;
  /** Sets `key` only if it is not set yet: true for the first caller (a double tap on Launch does one thing). */
  setOnce(key: string, value: string, ttlMs: number): Promise<boolean>;
  get(key: string): Promise<string | null>;
  del(key: string): Promise<void>;
}

export function kvRepo({ backend, keys }: RepoContext): KvRepo {
  return {
    async incrWindow(key, windowMs) {
      return backend.incrWindow(keys.kv(key), checkedTtl(windowMs, 'window'));
    },
    async setOnce(key, value, ttlMs) {
      return backend.setIfAbsent(keys.kv(key), value, checkedTtl(ttlMs, 'lifetime'));
    },
    get: (key) => backend.get(keys.kv(key)),
    del: (key) => backend.write([{ op: 'del', key: keys.kv(key) }]),
  };
}
