/**
 * The in-memory twin of the Redis backend: a map of typed values with expiry read from an injected clock, so tests
 * (and a bot run without Redis) get the same semantics the repositories rely on — including atomicity, which here
 * comes for free because every operation runs synchronously between two awaits.
 */
import { StoreError } from '../errors.js';
import type { Backend, StreamEntry, WriteOp } from './backend.js';

type Value =
  | { type: 'string'; data: string | Buffer }
  | { type: 'hash'; data: Map<string, string> }
  | { type: 'set'; data: Set<string> }
  | { type: 'zset'; data: Map<string, number> }
  | { type: 'stream'; data: StreamEntry[]; last: [ms: number, seq: number] };
type TypeName = Value['type'];
type ValueOf<T extends TypeName> = Extract<Value, { type: T }>;

interface Entry {
  value: Value;
  expiresAt: number | undefined;
}

function isType<T extends TypeName>(value: Value, type: T): value is ValueOf<T> {
  return value.type === type;
}

function parseStreamId(id: string): [number, number] {
  const [ms = '0', seq = '0'] = id.split('-');
  return [Number(ms), Number(seq)];
}

function compareStreamIds(a: string, b: string): number {
  const [aMs, aSeq] = parseStreamId(a);
  const [bMs, bSeq] = parseStreamId(b);
  return aMs - bMs || aSeq - bSeq;
}

/** Redis orders lexicographic ranges by bytes; code-unit order agrees for the ASCII ids stored this way. */
function byLex(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function createMemoryBackend(clock: () => number): Backend {
  const entries = new Map<string, Entry>();

  function live(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry?.expiresAt !== undefined && entry.expiresAt <= clock()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  function read<T extends TypeName>(key: string, type: T): ValueOf<T> | undefined {
    const value = live(key)?.value;
    if (value === undefined) return undefined;
    if (!isType(value, type)) throw new StoreError('backend', `WRONGTYPE ${key} holds a ${value.type}`, key);
    return value;
  }

  function ensure<T extends TypeName>(key: string, type: T, make: () => ValueOf<T>): ValueOf<T> {
    const existing = read(key, type);
    if (existing) return existing;
    const created = make();
    entries.set(key, { value: created, expiresAt: undefined });
    return created;
  }

  /** Redis deletes a collection when its last member goes; `exists`-style checks depend on that. */
  function dropIfEmpty(key: string, size: number): void {
    if (size === 0) entries.delete(key);
  }

  function text(key: string): string | null {
    const data = read(key, 'string')?.data;
    return data === undefined ? null : data.toString();
  }

  function zsetSorted(key: string): [member: string, score: number][] {
    const members = [...(read(key, 'zset')?.data ?? new Map<string, number>())];
    return members.sort(([am, as], [bm, bs]) => as - bs || byLex(am, bm));
  }

  function apply(op: WriteOp): void {
    switch (op.op) {
      case 'set':
        entries.set(op.key, {
          value: { type: 'string', data: op.value },
          expiresAt: op.ttlMs === undefined ? undefined : clock() + op.ttlMs,
        });
        return;
      case 'del':
        entries.delete(op.key);
        return;
      case 'hset':
        ensure(op.key, 'hash', () => ({ type: 'hash', data: new Map() })).data.set(op.field, op.value);
        return;
      case 'hdel': {
        const hash = read(op.key, 'hash')?.data;
        hash?.delete(op.field);
        if (hash) dropIfEmpty(op.key, hash.size);
        return;
      }
      case 'sadd':
        ensure(op.key, 'set', () => ({ type: 'set', data: new Set() })).data.add(op.member);
        return;
      case 'srem': {
        const set = read(op.key, 'set')?.data;
        set?.delete(op.member);
        if (set) dropIfEmpty(op.key, set.size);
        return;
      }
      case 'zadd':
        ensure(op.key, 'zset', () => ({ type: 'zset', data: new Map() })).data.set(op.member, op.score);
        return;
      case 'zrem': {
        const zset = read(op.key, 'zset')?.data;
        zset?.delete(op.member);
        if (zset) dropIfEmpty(op.key, zset.size);
        return;
      }
      case 'zremUpTo': {
        const zset = read(op.key, 'zset')?.data;
        if (!zset) return;
        for (const [member, score] of zset) if (score <= op.max) zset.delete(member);
        dropIfEmpty(op.key, zset.size);
        return;
      }
      case 'pexpire':
      case 'persist': {
        const entry = live(op.key);
        if (entry) entry.expiresAt = op.op === 'pexpire' ? clock() + op.ttlMs : undefined;
        return;
      }
    }
  }

  return {
    async get(key) {
      return text(key);
    },
    async getBytes(key) {
      const data = read(key, 'string')?.data;
      return data === undefined ? null : Buffer.from(data);
    },
    async mget(keys) {
      // Like MGET, a key holding another type reads as missing rather than failing the whole batch.
      return keys.map((key) => {
        const value = live(key)?.value;
        return value?.type === 'string' ? value.data.toString() : null;
      });
    },
    async getDel(key) {
      const value = text(key);
      entries.delete(key);
      return value;
    },
    async setIfAbsent(key, value, ttlMs) {
      if (live(key)) return false;
      apply({ op: 'set', key, value, ttlMs });
      return true;
    },
    async compareAndSet(key, expected, next) {
      const current = read(key, 'string');
      if (current?.data.toString() !== expected) return false;
      current.data = next;
      return true;
    },
    async incrWindow(key, windowMs) {
      const current = read(key, 'string');
      if (!current) {
        apply({ op: 'set', key, value: '1', ttlMs: windowMs });
        return 1;
      }
      const count = Number(current.data.toString());
      if (!Number.isSafeInteger(count)) throw new StoreError('backend', `value at ${key} is not an integer`, key);
      current.data = String(count + 1);
      return count + 1;
    },
    async hget(key, field) {
      return read(key, 'hash')?.data.get(field) ?? null;
    },
    async hgetall(key) {
      return Object.fromEntries(read(key, 'hash')?.data ?? []);
    },
    async smembers(key) {
      return [...(read(key, 'set')?.data ?? [])];
    },
    async zaddIfAbsent(key, member, score) {
      const zset = ensure(key, 'zset', () => ({ type: 'zset', data: new Map() })).data;
      if (zset.has(member)) return false;
      zset.set(member, score);
      return true;
    },
    async zscore(key, member) {
      return read(key, 'zset')?.data.get(member) ?? null;
    },
    async zrangeAbove(key, minExclusive) {
      return zsetSorted(key)
        .filter(([, score]) => score > minExclusive)
        .map(([member]) => member);
    },
    async zrangeByLex(key, after, count) {
      return zsetSorted(key)
        .map(([member]) => member)
        .filter((member) => after === null || member > after)
        .slice(0, count);
    },
    async ztrimLowest(key, keep) {
      const zset = read(key, 'zset')?.data;
      if (!zset) return;
      for (const [member] of zsetSorted(key).slice(0, Math.max(0, zset.size - keep))) zset.delete(member);
      dropIfEmpty(key, zset.size);
    },
    async xadd(key, value, maxLen) {
      const stream = ensure(key, 'stream', () => ({ type: 'stream', data: [], last: [0, -1] }));
      const now = clock();
      const [lastMs, lastSeq] = stream.last;
      stream.last = now > lastMs ? [now, 0] : [lastMs, lastSeq + 1];
      const id = stream.last.join('-');
      stream.data.push({ id, value });
      if (stream.data.length > maxLen) stream.data.splice(0, stream.data.length - maxLen);
      return id;
    },
    async xrevrange(key, before, count) {
      if (count <= 0) return [];
      const all = read(key, 'stream')?.data ?? [];
      const older = before === null ? all : all.filter((entry) => compareStreamIds(entry.id, before) < 0);
      return older.slice(-count).reverse();
    },
    async write(ops) {
      for (const op of ops) apply(op);
    },
    async ping() {
      return true;
    },
    async close() {
      entries.clear();
    },
  };
}
