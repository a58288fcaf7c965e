/** The production store: Redis through ioredis. */
import { Redis } from 'ioredis';
import { createRedisBackend } from './backend/redis-backend.js';
import { keyspace } from './keys.js';
import { type Store, type StoreOptions, storeOn } from './store.js';

export interface RedisStoreOptions extends StoreOptions {
  /** A connected client (left open by `close`) or a `redis://` URL (the store opens and closes the connection). */
  redis: Redis | string;
  /** First key segment, `acb` by default; tests give each store its own so parallel runs never meet. */
  prefix?: string;
  /** How long `ping` waits; 1 s by default. */
  pingTimeoutMs?: number;
  /**
   * Told of each failure of a connection the store opened (Redis down, restarting): ioredis reconnects by itself,
   * and without a listener it would print "Unhandled error event" for each attempt.
   */
  onConnectionError?: (error: Error) => void;
}

export function createRedisStore(options: RedisStoreOptions): Store {
  const ownsConnection = typeof options.redis === 'string';
  const redis = typeof options.redis === 'string' ? new Redis(options.redis) : options.redis;
  if (ownsConnection) redis.on('error', options.onConnectionError ?? (() => undefined));
  const backend = createRedisBackend(redis, { ownsConnection, pingTimeoutMs: options.pingTimeoutMs });
  return storeOn(backend, keyspace(options.prefix ?? 'acb'), options);
}
