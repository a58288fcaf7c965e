/**
 * What the contract suite runs against: a store, raw access to its backend (to plant damaged records), and a way
 * to move time forward that works for both backends (memory: the injected clock; Redis: the clock plus every TTL
 * shortened by the same amount, so nothing sleeps).
 */
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Backend } from '../../../src/store/backend/backend.js';
import { createMemoryBackend } from '../../../src/store/backend/memory-backend.js';
import { createRedisBackend } from '../../../src/store/backend/redis-backend.js';
import { createKeyCipher } from '../../../src/store/cipher.js';
import { keyspace, type Keyspace } from '../../../src/store/keys.js';
import { createRedisStore } from '../../../src/store/redis-store.js';
import { type Store, type StoreOptions, storeOn } from '../../../src/store/store.js';

export interface Harness {
  store: Store;
  backend: Backend;
  keys: Keyspace;
  now(): number;
  /** Advances the clock and ages every stored TTL by `ms`. */
  elapse(ms: number): Promise<void>;
  /** Another store over the same data, e.g. with a rotated cipher. */
  reopen(options: Partial<StoreOptions>): Store;
}

export type HarnessOptions = Partial<Omit<StoreOptions, 'clock'>>;
export type MakeHarness = (options?: HarnessOptions) => Harness;

/** A fixed start time (2025-03-01 09:00 Asia/Almaty) so records carry realistic timestamps. */
const START = Date.UTC(2025, 2, 1, 4, 0, 0);

export const testCipher = () => createKeyCipher([{ id: 'k1', key: randomBytes(32) }]);

export const memoryHarness: MakeHarness = (options = {}) => {
  let now = START;
  const clock = () => now;
  const backend = createMemoryBackend(clock);
  const keys = keyspace('acb');
  const base: StoreOptions = { cipher: testCipher(), ...options, clock };
  return {
    store: storeOn(backend, keys, base),
    backend,
    keys,
    now: clock,
    async elapse(ms) {
      now += ms;
    },
    reopen: (changes) => storeOn(backend, keys, { ...base, ...changes }),
  };
};

/**
 * Each harness gets its own key prefix, so files and tests sharing one Redis never see each other's data;
 * `cleanup` removes every key the harnesses wrote (a shared `REDIS_URL` server stays clean).
 */
export function redisHarness(redis: Redis): { make: MakeHarness; cleanup(): Promise<void> } {
  const run = `t${randomBytes(4).toString('hex')}`;
  let count = 0;
  const make: MakeHarness = (options = {}) => {
    let now = START;
    const clock = () => now;
    const prefix = `${run}-${++count}`;
    const keys = keyspace(prefix);
    const base = { cipher: testCipher(), ...options, clock, redis, prefix };
    return {
      store: createRedisStore(base),
      backend: createRedisBackend(redis, { ownsConnection: false }),
      keys,
      now: clock,
      async elapse(ms) {
        now += ms;
        for await (const batch of redis.scanStream({ match: keys.all, count: 500 })) {
          for (const key of batch as string[]) {
            const ttl = await redis.pttl(key);
            if (ttl < 0) continue;
            if (ttl <= ms) await redis.del(key);
            else await redis.pexpire(key, ttl - ms);
          }
        }
      },
      reopen: (changes) => createRedisStore({ ...base, ...changes }),
    };
  };
  return {
    make,
    async cleanup() {
      for await (const batch of redis.scanStream({ match: `${run}-*`, count: 1000 })) {
        const keys = batch as string[];
        if (keys.length > 0) await redis.del(...keys);
      }
    },
  };
}
