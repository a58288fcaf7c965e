/**
 * The few Redis primitives the repositories are written against. Redis implements them directly; the in-memory
 * backend emulates exactly these semantics (expiry, empty collections vanish, atomic conditional writes), so one
 * set of repositories — and one contract suite — serves both stores.
 */

/** Writes applied together by `write`: all or nothing (a MULTI transaction on Redis). */
export type WriteOp =
  | { op: 'set'; key: string; value: string | Buffer; ttlMs?: number | undefined }
  | { op: 'del'; key: string }
  | { op: 'hset'; key: string; field: string; value: string }
  | { op: 'hdel'; key: string; field: string }
  | { op: 'sadd'; key: string; member: string }
  | { op: 'srem'; key: string; member: string }
  | { op: 'zadd'; key: string; member: string; score: number }
  | { op: 'zrem'; key: string; member: string }
  /** Removes members whose score is at most `max`. */
  | { op: 'zremUpTo'; key: string; max: number }
  /** Lets an existing key expire in `ttlMs` (no-op when the key does not exist). */
  | { op: 'pexpire'; key: string; ttlMs: number }
  /** Makes an existing key permanent again. */
  | { op: 'persist'; key: string };

export interface StreamEntry {
  /** Stream id `ms-seq`; ids grow with time. */
  id: string;
  value: string;
}

export interface Backend {
  get(key: string): Promise<string | null>;
  getBytes(key: string): Promise<Buffer | null>;
  mget(keys: readonly string[]): Promise<(string | null)[]>;
  /** Reads and deletes in one step: of concurrent callers exactly one gets the value. */
  getDel(key: string): Promise<string | null>;
  /** SET NX PX: true when this call created the key. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** Replaces the value only if it is still `expected` (keeping its TTL): optimistic read-modify-write. */
  compareAndSet(key: string, expected: string, next: string): Promise<boolean>;
  /** Increments a counter that lives `windowMs` from its first increment; returns the new count. */
  incrWindow(key: string, windowMs: number): Promise<number>;
  hget(key: string, field: string): Promise<string | null>;
  hgetall(key: string): Promise<Record<string, string>>;
  smembers(key: string): Promise<string[]>;
  /** ZADD NX: true when the member was not there yet. */
  zaddIfAbsent(key: string, member: string, score: number): Promise<boolean>;
  zscore(key: string, member: string): Promise<number | null>;
  /** Members with score above `minExclusive`, lowest score first. */
  zrangeAbove(key: string, minExclusive: number): Promise<string[]>;
  /** Up to `count` members after `after` (exclusive; null = from the start) in byte order; all scores must be 0. */
  zrangeByLex(key: string, after: string | null, count: number): Promise<string[]>;
  /** Keeps the `keep` highest-scored members, removing the rest. */
  ztrimLowest(key: string, keep: number): Promise<void>;
  /** Appends to a stream capped near `maxLen` entries (Redis trims approximately: whole nodes at a time). */
  xadd(key: string, value: string, maxLen: number): Promise<string>;
  /** Up to `count` entries older than `before` (exclusive; null = from the newest), newest first. */
  xrevrange(key: string, before: string | null, count: number): Promise<StreamEntry[]>;
  write(ops: readonly WriteOp[]): Promise<void>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
