/**
 * The Redis backend: each primitive is one command (or one small Lua script where Redis has no single command for
 * the conditional write), and `write` is one MULTI. Failures surface as `backend` StoreErrors.
 */
import type { ChainableCommander, Redis } from 'ioredis';
import { StoreError } from '../errors.js';
import type { Backend, WriteOp } from './backend.js';

/** The stream field holding an entry's JSON; one field keeps entries opaque to Redis. */
const STREAM_FIELD = 'e';

const COMPARE_AND_SET = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
  return 1
end
return 0`;

/** INCR and PEXPIRE together, so a crash between them can never leave a counter that never expires. */
const INCR_WINDOW = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return count`;

async function guarded<T>(command: string, key: string | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StoreError) throw error;
    const reason = error instanceof Error ? error.message : 'unknown failure';
    throw new StoreError('backend', `redis ${command} failed: ${reason}`, key, { cause: error });
  }
}

function expectInteger(value: unknown, command: string, key: string): number {
  if (typeof value !== 'number') throw new StoreError('backend', `redis ${command} returned a non-integer`, key);
  return value;
}

function queue(multi: ChainableCommander, op: WriteOp): void {
  switch (op.op) {
    case 'set':
      if (op.ttlMs === undefined) multi.set(op.key, op.value);
      else multi.set(op.key, op.value, 'PX', op.ttlMs);
      return;
    case 'del':
      multi.del(op.key);
      return;
    case 'hset':
      multi.hset(op.key, op.field, op.value);
      return;
    case 'hdel':
      multi.hdel(op.key, op.field);
      return;
    case 'sadd':
      multi.sadd(op.key, op.member);
      return;
    case 'srem':
      multi.srem(op.key, op.member);
      return;
    case 'zadd':
      multi.zadd(op.key, op.score, op.member);
      return;
    case 'zrem':
      multi.zrem(op.key, op.member);
      return;
    case 'zremUpTo':
      multi.zremrangebyscore(op.key, '-inf', op.max);
      return;
    case 'pexpire':
      multi.pexpire(op.key, op.ttlMs);
      return;
    case 'persist':
      multi.persist(op.key);
      return;
  }
}

export interface RedisBackendOptions {
  /** Whether `close` should quit the connection (true when the store opened it). */
  ownsConnection: boolean;
  /** How long `ping` waits before reporting Redis as unreachable. */
  pingTimeoutMs?: number | undefined;
}

export function createRedisBackend(redis: Redis, options: RedisBackendOptions): Backend {
  const pingTimeoutMs = options.pingTimeoutMs ?? 1000;
  return {
    get: (key) => guarded('GET', key, () => redis.get(key)),
    getBytes: (key) => guarded('GET', key, () => redis.getBuffer(key)),
    mget: (keys) => guarded('MGET', keys[0], () => (keys.length === 0 ? Promise.resolve([]) : redis.mget(...keys))),
    getDel: (key) => guarded('GETDEL', key, () => redis.getdel(key)),
    setIfAbsent: (key, value, ttlMs) =>
      guarded('SET', key, async () => (await redis.set(key, value, 'PX', ttlMs, 'NX')) === 'OK'),
    compareAndSet: (key, expected, next) =>
      guarded('EVAL', key, async () => {
        return expectInteger(await redis.eval(COMPARE_AND_SET, 1, key, expected, next), 'EVAL', key) === 1;
      }),
    incrWindow: (key, windowMs) =>
      guarded('EVAL', key, async () => expectInteger(await redis.eval(INCR_WINDOW, 1, key, windowMs), 'EVAL', key)),
    hget: (key, field) => guarded('HGET', key, () => redis.hget(key, field)),
    hgetall: (key) => guarded('HGETALL', key, () => redis.hgetall(key)),
    smembers: (key) => guarded('SMEMBERS', key, () => redis.smembers(key)),
    zaddIfAbsent: (key, member, score) =>
      guarded('ZADD', key, async () => (await redis.zadd(key, 'NX', score, member)) === 1),
    zscore: (key, member) =>
      guarded('ZSCORE', key, async () => {
        const score = await redis.zscore(key, member);
        return score === null ? null : Number(score);
      }),
    zrangeAbove: (key, minExclusive) =>
      guarded('ZRANGEBYSCORE', key, () =>
        redis.zrangebyscore(key, minExclusive === -Infinity ? '-inf' : `(${minExclusive}`, '+inf'),
      ),
    zrangeByLex: (key, after, count) =>
      guarded('ZRANGEBYLEX', key, () =>
        redis.zrangebylex(key, after === null ? '-' : `(${after}`, '+', 'LIMIT', 0, count),
      ),
    ztrimLowest: (key, keep) =>
      guarded('ZREMRANGEBYRANK', key, async () => {
        await redis.zremrangebyrank(key, 0, -(keep + 1));
      }),
    xadd: (key, value, maxLen) =>
      guarded('XADD', key, async () => {
        const id = await redis.xadd(key, 'MAXLEN', '~', maxLen, '*', STREAM_FIELD, value);
        if (id === null) throw new StoreError('backend', 'redis XADD returned no id', key);
        return id;
      }),
    xrevrange: (key, before, count) =>
      guarded('XREVRANGE', key, async () => {
        if (count <= 0) return [];
        const entries = await redis.xrevrange(key, before === null ? '+' : `(${before}`, '-', 'COUNT', count);
        // Entries have one field; anything else reads as empty text, which the repository reports as corrupt.
        return entries.map(([id, fields]) => ({ id, value: fields[0] === STREAM_FIELD ? (fields[1] ?? '') : '' }));
      }),
    write: (ops) =>
      guarded('MULTI', ops[0]?.key, async () => {
        if (ops.length === 0) return;
        const multi = redis.multi();
        for (const op of ops) queue(multi, op);
        const results = (await multi.exec()) ?? [];
        const failure = results.find(([error]) => error !== null)?.[0];
        if (failure) throw failure;
      }),
    async ping() {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), pingTimeoutMs);
      });
      try {
        return (await Promise.race([redis.ping(), timeout])) === 'PONG';
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      if (!options.ownsConnection) return;
      // QUIT on a connection that is down would wait in ioredis' offline queue for a Redis that may never return,
      // and hang the shutdown with it.
      if (redis.status === 'ready') await redis.quit();
      else redis.disconnect();
    },
  };
}
