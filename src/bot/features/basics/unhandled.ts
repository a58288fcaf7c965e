/**
 * The last stop: a button no handler knows (from an old version of a menu) is answered and explained; a message in
 * a private chat that nothing understood gets a pointer to /menu and /help. Groups get silence.
 */
import { Composer } from 'grammy';
import type { BotContext } from '../../context.js';

export const unhandledFeature = new Composer<BotContext>();

unhandledFeature.on('callback_query', async (ctx) => {
  ctx.log.debug({ data: ctx.callbackQuery.data }, 'unknown callback');
  await ctx.answerCallbackQuery({ text: ctx.t('stale-button'), show_alert: false });
});

unhandledFeature.chatType('private').on('message', async (ctx) => {
  await ctx.reply(ctx.t('unknown-message'), { parse_mode: 'HTML' });
});
