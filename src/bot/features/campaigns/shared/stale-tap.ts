/** Answers a tap whose button no longer makes sense (forged, or from before a change: a call of another campaign). */
import type { BotContext } from '../../../context.js';

export async function staleTap(ctx: BotContext): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t('stale-button') });
}
