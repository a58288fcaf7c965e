/**
 * The campaigns being created in the background (a 202) that someone waits for, kept in the store's registry so a
 * restart of the bot process does not lose them: one record per watch, each living as long as it may be needed
 * (its give-up time, and a margin). The wizard adding a watch and a poller removing another touch one record each.
 */
import { z } from 'zod';
import type { Store } from '../../store/index.js';

/** After this long without the campaign appearing, the watch says so and ends. */
export const GIVE_UP_AFTER_MS = 30 * 60_000;
/** A record outlives its give-up time by this much, so a poller down at that moment still says it gave up. */
const KEEP_AFTER_GIVE_UP_MS = 30 * 60_000;
const KEEP_MS = GIVE_UP_AFTER_MS + KEEP_AFTER_GIVE_UP_MS;

const NAMESPACE = 'created-watches';

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

/** The watches recorded and not yet announced (some may be past their give-up time). */
export function pendingWatches(store: Store): Promise<CreatedWatch[]> {
  return store.registry.list(NAMESPACE, createdWatchSchema);
}

/** Records a watch (replacing one of the same wizard); one already past keeping is not recorded. */
export async function addCreatedWatch(store: Store, watch: CreatedWatch, now: number): Promise<void> {
  const ttlMs = watch.startedAt + KEEP_MS - now;
  if (ttlMs > 0) await store.registry.put(NAMESPACE, watch.wizardId, watch, ttlMs);
}

/** Forgets a watch: its campaign was announced, or it was given up. */
export function removeCreatedWatch(store: Store, wizardId: string): Promise<void> {
  return store.registry.remove(NAMESPACE, wizardId);
}
