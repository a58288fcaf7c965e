/**
 * One live message per task: a view reached by a tap replaces the message the tap came from; a view reached by a
 * command arrives as a new message. "Message is not modified" (a Refresh with nothing new) is not an error.
 */
import type { Menu } from '@grammyjs/menu';
import type { InlineKeyboard } from 'grammy';
import type { BotContext } from './context.js';
import { isNotModified } from './errors/error-boundary.js';
import { replyThreadOptions } from './auth/guard.js';

export interface View {
  text: string;
  keyboard?: InlineKeyboard | Menu<BotContext>;
}

export async function show(ctx: BotContext, view: View): Promise<void> {
  const markup = view.keyboard ? { reply_markup: view.keyboard } : {};
  if (ctx.callbackQuery?.message) {
    await ctx.answerCallbackQuery().catch(() => undefined);
    try {
      await ctx.editMessageText(view.text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...markup });
    } catch (error) {
      if (!isNotModified(error)) throw error;
    }
    return;
  }
  await ctx.reply(view.text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...replyThreadOptions(ctx), ...markup });
}
