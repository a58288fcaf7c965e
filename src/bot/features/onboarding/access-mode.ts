/**
 * `ACCESS_MODE=invite`: only `BOT_ADMINS` may link keys (and open demo accounts); everyone else joins a team by an
 * invite link. In open mode anyone may link their own key.
 */
import type { BotContext } from '../../context.js';

export function mayLinkKeys(ctx: BotContext): boolean {
  const { config } = ctx.deps;
  return config.ACCESS_MODE === 'open' || config.BOT_ADMINS.includes(ctx.viewer.userId);
}
