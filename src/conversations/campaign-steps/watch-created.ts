/**
 * After a 202 (a call campaign of more than 5,000 numbers is created in the background) the wizard has ended, and
 * the card must still follow. This polls AutoCall for the campaign by the wizard's `client_id`, a few seconds
 * apart at first and then once a minute (a handful of requests against the key's 300 a minute), and announces
 * it when it appears — or, after half an hour, that it has not. It runs in the bot process beside the updates;
 * a restart of the process ends the watch (the campaign is then found in /campaigns as usual).
 */
import type { AutocallApi } from '../../api/index.js';
import type { BotContext } from '../../bot/context.js';

/** Pauses before each look: quick at first, as small campaigns appear within seconds, then once a minute. */
const DELAYS_MS = [2_000, 3_000, 5_000, 10_000, 20_000, 30_000];
const STEADY_DELAY_MS = 60_000;
const GIVE_UP_AFTER_MS = 30 * 60_000;
/** Failures in a row (AutoCall down, the bot stopping) after which the watch gives up quietly. */
const MAX_FAILURES = 3;

export interface CreatedWatch<T> {
  readonly accountId: string;
  /** Looks the campaign up by the wizard's id. */
  find(api: AutocallApi): Promise<T | undefined>;
  /** Tells the person: the campaign found, or `undefined` when the watch gave up. */
  announce(found: T | undefined): Promise<void>;
}

/** Starts watching; returns at once. Uses the deps and the Bot API of `outside`, never the conversation. */
export function watchCreated<T>(outside: BotContext, watch: CreatedWatch<T>): void {
  const { deps } = outside;
  const startedAt = deps.now();
  let failures = 0;
  const look = async (attempt: number): Promise<void> => {
    const account = await deps.store.accounts.get(watch.accountId);
    if (!account) return;
    const found = await watch.find(await deps.apis.forAccount(account));
    if (found !== undefined) return watch.announce(found);
    if (deps.now() - startedAt >= GIVE_UP_AFTER_MS) return watch.announce(undefined);
    schedule(attempt + 1);
  };
  const schedule = (attempt: number): void => {
    const timer = setTimeout(() => {
      look(attempt).then(
        () => {
          failures = 0;
        },
        (error: unknown) => {
          failures += 1;
          outside.log.warn({ err: error, failures }, 'watching for a campaign being created failed');
          if (failures < MAX_FAILURES) schedule(attempt + 1);
        },
      );
    }, DELAYS_MS[attempt] ?? STEADY_DELAY_MS);
    // The watch must never keep a stopping process alive.
    timer.unref();
  };
  schedule(0);
}
