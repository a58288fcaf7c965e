/**
 * The campaigns being created in the background (a 202) that someone waits for, kept in the store so a restart
 * of the bot process does not lose them: one small record per watch, all in one draft (the store lists no keys),
 * which lives as long as the latest watch may (its give-up time, and a margin). Read-modify-write goes under a short claim in `kv`, as the
 * wizard adding a watch and the poller removing one may run at once, in one process or in several.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { z } from 'zod';
import type { Store } from '../../store/index.js';

/** After this long without the campaign appearing, the watch says so and ends. */
export const GIVE_UP_AFTER_MS = 30 * 60_000;
/** A record outlives its give-up time by this much, so a poller down at that moment still says it gave up. */
const KEEP_AFTER_GIVE_UP_MS = 30 * 60_000;
const KEEP_MS = GIVE_UP_AFTER_MS + KEEP_AFTER_GIVE_UP_MS;

const INDEX = 'launch:created-watches';
const CLAIM = `${INDEX}:claim`;
/** Longer than any read-modify-write; a process that died holding the claim frees it this soon. */
const CLAIM_MS = 5_000;
const CLAIM_RETRY_MS = 25;

export const createdWatchSchema = z.object({
  accountId: z.string(),
  /** The wizard's id: the campaign's `client_id`. */
  wizardId: z.string(),
  name: z.string(),
  chatId: z.number().int(),
  threadId: z.number().int().optional(),
  lang: z.enum(['ru', 'kk', 'en']),
  startedAt: z.number(),
});
/** Who waits for which campaign, and since when. */
export type CreatedWatch = z.infer<typeof createdWatchSchema>;

const indexSchema = z.array(createdWatchSchema);

/** The watches recorded and not yet announced (some may be past their give-up time). */
export async function pendingWatches(store: Store, now: number): Promise<CreatedWatch[]> {
  return ((await store.drafts.get(INDEX, indexSchema)) ?? []).filter((watch) => now - watch.startedAt < KEEP_MS);
}

async function update(store: Store, now: number, change: (watches: CreatedWatch[]) => CreatedWatch[]): Promise<void> {
  const token = `${process.pid}:${String(now)}:${Math.random()}`;
  while (!(await store.kv.setOnce(CLAIM, token, CLAIM_MS))) await delay(CLAIM_RETRY_MS);
  try {
    const watches = change(await pendingWatches(store, now));
    if (watches.length === 0) await store.drafts.delete(INDEX);
    else await store.drafts.put(INDEX, watches, Math.max(...watches.map((watch) => watch.startedAt + KEEP_MS - now)));
  } finally {
    if ((await store.kv.get(CLAIM)) === token) await store.kv.del(CLAIM);
  }
}

/** Records a watch (replacing one of the same wizard). */
export function addCreatedWatch(store: Store, watch: CreatedWatch, now: number): Promise<void> {
  return update(store, now, (watches) => [...watches.filter((w) => w.wizardId !== watch.wizardId), watch]);
}

/** Forgets a watch: its campaign was announced, or it was given up. */
export function removeCreatedWatch(store: Store, wizardId: string, now: number): Promise<void> {
  return update(store, now, (watches) => watches.filter((w) => w.wizardId !== wizardId));
}
