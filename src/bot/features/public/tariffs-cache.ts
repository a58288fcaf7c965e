/**
 * The public tariffs, kept for an hour in the shared store: the contract says the server caches them for an hour,
 * so asking more often only costs requests, and every bot process shares the one copy. The entry carries the time
 * it was fetched (by the bot's clock), so an hour is an hour whatever the store's own expiry does.
 */
import { z } from 'zod';
import { type Tariffs, tariffsSchema } from '../../../api/index.js';
import type { BotDeps } from '../../context.js';

const CACHE_KEY = 'public:tariffs';
export const TARIFFS_TTL_MS = 60 * 60 * 1000;

const cacheEntry = z.object({ fetchedAt: z.number(), tariffs: tariffsSchema });

async function readFresh(deps: BotDeps): Promise<Tariffs | null> {
  const raw = await deps.store.kv.get(CACHE_KEY);
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const entry = cacheEntry.safeParse(json);
  if (!entry.success) return null;
  const age = deps.now() - entry.data.fetchedAt;
  return age >= 0 && age < TARIFFS_TTL_MS ? entry.data.tariffs : null;
}

/** The tariffs, from the cache when it is younger than an hour, otherwise from AutoCall (then cached). */
export async function cachedTariffs(deps: BotDeps): Promise<Tariffs> {
  const fresh = await readFresh(deps);
  if (fresh) return fresh;
  const tariffs = await deps.apis.public.tariffs();
  await deps.store.kv.del(CACHE_KEY);
  await deps.store.kv.setOnce(CACHE_KEY, JSON.stringify({ fetchedAt: deps.now(), tariffs }), TARIFFS_TTL_MS);
  return tariffs;
}
