/**
 * The notifier's share of each key's AutoCall rate limit (300 requests a minute), counted in Redis so that every
 * notifier process draws from the same budget. Counting is in fixed 15-second windows holding a fifth of the
 * minute's share each: any 60 seconds overlap at most five windows, so the share is never exceeded even across
 * window edges, and the rest of the limit stays with the people using the bot.
 */
import type { KvRepo } from '../../store/index.js';

const WINDOW_MS = 15_000;
const WINDOWS_PER_MINUTE_BOUND = 5;

export interface ApiBudget {
  /** Takes one request from the account's budget; false when the notifier must leave this key alone for now. */
  take(accountId: string): Promise<boolean>;
  /** Requests a window allows. */
  readonly perWindow: number;
}

export function createApiBudget(kv: KvRepo, options: { ratePerMinute: number; share: number }): ApiBudget {
  const perWindow = Math.max(1, Math.floor((options.ratePerMinute * options.share) / WINDOWS_PER_MINUTE_BOUND));
  return {
    perWindow,
    async take(accountId) {
      return (await kv.incrWindow(`notifier-budget:${accountId}`, WINDOW_MS)) <= perWindow;
    },
  };
}
