/**
 * After a 202 (a call campaign of more than 5,000 numbers is created in the background) the wizard has ended, and
 * the card must still follow. The wizard records a watch in the store (`created-watches`); this poller, started
 * with the bot, looks each one up by the wizard's `client_id`, a few seconds apart at first and then once a minute
 * (a handful of requests against the key's 300 a minute), and announces the campaign when it appears — or, after
 * half an hour, that it has not. A restarted process picks the watches up where the last one left them; where
 * several processes poll, a claim in `kv` lets one of them announce.
 */
import type { Api } from 'grammy';
import type { AutocallApi } from '../../api/index.js';
import type { BotDeps } from '../../bot/context.js';
import { type CreatedWatch, GIVE_UP_AFTER_MS, pendingWatches, removeCreatedWatch } from './created-watches.js';

/** Pauses after each look: quick at first, as campaigns appear within seconds or minutes, then once a minute. */
const DELAYS_MS = [2_000, 3_000, 5_000, 10_000, 20_000, 30_000];
const STEADY_DELAY_MS = 60_000;
/** How often the store is read for watches (one small read; nothing is sent to AutoCall unless a look is due). */
const TICK_MS = 1_000;
/** The "announced" claim outlives every record. */
const ANNOUNCED_MS = 2 * 60 * 60_000;

/** What the poller uses of the bot's dependencies. */
export type WatchDeps = Pick<BotDeps, 'store' | 'apis' | 'logger' | 'now' | 'translate'>;

/** The Bot API method announcements need. */
export type WatchTelegram = Pick<Api, 'sendMessage'>;

/** Where announcements go out. */
export interface WatchOutput {
  readonly telegram: WatchTelegram;
  readonly translate: BotDeps['translate'];
}

/** What the poller needs to know of one kind of campaign. */
export interface WatchHandlers<T> {
  /** Looks the campaign up by the wizard's id. */
  find(api: AutocallApi, watch: CreatedWatch): Promise<T | undefined>;
  /** Tells the person: the campaign found, or `undefined` when the watch gave up. */
  announce(out: WatchOutput, watch: CreatedWatch, found: T | undefined): Promise<void>;
}

/** A running poller; `stop` resolves once a look in progress has finished. */
export interface WatchPoller {
  stop(): Promise<void>;
}

interface Looks {
  readonly count: number;
  readonly at: number;
}

const isDue = (looks: Looks | undefined, now: number) => looks === undefined || now - looks.at >= (DELAYS_MS[looks.count - 1] ?? STEADY_DELAY_MS);

export function startWatchPoller<T>(deps: WatchDeps, telegram: WatchTelegram, handlers: WatchHandlers<T>): WatchPoller {
  const out: WatchOutput = { telegram, translate: deps.translate };
  // In memory only: after a restart every watch is looked at once at the first tick, then paced again.
  const looks = new Map<string, Looks>();
  let stopped = false;
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | undefined;

  const forget = async (watch: CreatedWatch): Promise<void> => {
    await removeCreatedWatch(deps.store, watch.wizardId);
    looks.delete(watch.wizardId);
  };

  const settle = async (watch: CreatedWatch, found: T | undefined): Promise<void> => {
    const claim = `${watch.wizardId}:announced`;
    if (await deps.store.kv.setOnce(claim, '1', ANNOUNCED_MS)) {
      try {
        await handlers.announce(out, watch, found);
      } catch (error) {
        await deps.store.kv.del(claim);
        throw error;
      }
    }
    await forget(watch);
  };

  const look = async (watch: CreatedWatch, now: number): Promise<void> => {
    looks.set(watch.wizardId, { count: (looks.get(watch.wizardId)?.count ?? 0) + 1, at: now });
    const account = await deps.store.accounts.get(watch.accountId);
    // Unlinked meanwhile: there is no key to look with, and the card's button would lead nowhere.
    if (!account) return forget(watch);
    const due = now - watch.startedAt >= GIVE_UP_AFTER_MS;
    // A look that fails at the give-up time (a key revoked, AutoCall down) still ends the watch, with a word.
    const found = await handlers.find(await deps.apis.forAccount(account), watch).catch((error: unknown) => {
      if (!due) throw error;
      return undefined;
    });
    if (found !== undefined || due) await settle(watch, found);
  };

  const tick = async (): Promise<void> => {
    const now = deps.now();
    const watches = await pendingWatches(deps.store);
    for (const id of looks.keys()) if (!watches.some((watch) => watch.wizardId === id)) looks.delete(id);
    for (const watch of watches) {
      if (stopped) return;
      if (!isDue(looks.get(watch.wizardId), now)) continue;
      // AutoCall down or Telegram refusing: the watch stays and is looked at again at its next turn.
      await look(watch, now).catch((error: unknown) => deps.logger.warn({ err: error, wizardId: watch.wizardId }, 'watching for a campaign being created failed'));
    }
  };

  const schedule = (ms: number): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick()
        .catch((error: unknown) => deps.logger.warn({ err: error }, 'reading the campaigns being created failed'))
        .finally(() => {
          running = null;
          schedule(TICK_MS);
        });
    }, ms);
    // The poller must never keep a stopping process alive.
    timer.unref();
  };
  schedule(0);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
