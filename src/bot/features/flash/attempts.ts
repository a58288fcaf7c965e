/**
 * Flash calls sent per account and number in the contract's window (3 in 5 minutes), kept in the store so every
 * bot process and chat sees the same count. Only calls AutoCall placed are counted: a refused send costs nothing.
 */
import { type AttemptWindow, FLASH_ATTEMPTS } from '../../../domain/flash/index.js';
import type { Store } from '../../../store/index.js';

const countKey = (accountId: string, e164: string) => `flash-attempts:${accountId}:${e164}`;
const sinceKey = (accountId: string, e164: string) => `flash-attempts-since:${accountId}:${e164}`;

export async function readAttempts(store: Store, accountId: string, e164: string, now: number): Promise<AttemptWindow | null> {
  const [count, since] = await Promise.all([store.kv.get(countKey(accountId, e164)), store.kv.get(sinceKey(accountId, e164))]);
  if (count === null) return null;
  return { count: Number(count), since: since === null ? now : Number(since) };
}

/** Counts a placed call; the first of a window also notes when the window opened. */
export async function countAttempt(store: Store, accountId: string, e164: string, now: number): Promise<number> {
  const count = await store.kv.incrWindow(countKey(accountId, e164), FLASH_ATTEMPTS.windowMs);
  if (count === 1) {
    // A mark left from the previous window (expiring a moment after its count) must not shorten this one.
    await store.kv.del(sinceKey(accountId, e164));
    await store.kv.setOnce(sinceKey(accountId, e164), String(now), FLASH_ATTEMPTS.windowMs);
  }
  return count;
}
