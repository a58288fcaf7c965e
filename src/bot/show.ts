/**
 * One live message per task: a view reached by a tap replaces the message the tap came from; a view reached by a
 * command arrives as a new message. "Message is not modified" (a Refresh with nothing new) is not an error.
 */
import type { Menu } from '@grammyjs/menu';
import { InlineKeyboard } from 'grammy';
import type { BotContext } from './context.js';
import { isNotModified } from './errors/error-boundary.js';
import { replyThreadOptions } from './auth/guard.js';
import { isAlreadyShown } from './same-view.js';
import { isCallbackAnswered } from './middleware/callback-answers.js';
import { MESSAGE_MAX_LENGTH, truncateHtml, visibleLength } from '../domain/text/index.js';

export interface View {
  text: string;
  keyboard?: InlineKeyboard | Menu<BotContext>;
}

/**
 * Views page long content themselves (≈8 rows) or send it as a file; this is the net under them: Telegram refuses
 * a text over 4096 characters, so an oversize view is cut (tags kept balanced) and the cut is logged.
 */
function fitted(ctx: BotContext, view: View): View {
  if (visibleLength(view.text) <= MESSAGE_MAX_LENGTH) return view;
  ctx.log.warn({ length: visibleLength(view.text) }, 'a view over 4096 characters was cut');
  return { ...view, text: truncateHtml(view.text, MESSAGE_MAX_LENGTH) };
}

export async function show(ctx: BotContext, oversize: View): Promise<void> {
  const view = fitted(ctx, oversize);
  const markup = view.keyboard ? { reply_markup: view.keyboard } : {};
  if (ctx.callbackQuery?.message) {
    if (!isCallbackAnswered(ctx)) await ctx.answerCallbackQuery().catch(() => undefined);
    // A menu renders its keyboard only while being sent, so only views with a plain keyboard are compared.
    const plain = view.keyboard instanceof InlineKeyboard ? view.keyboard : undefined;
    if ((!view.keyboard || plain) && isAlreadyShown(ctx.callbackQuery.message, view.text, plain)) return;
    try {
      await ctx.editMessageText(view.text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...markup });
    } catch (error) {
      if (!isNotModified(error)) throw error;
    }
    return;
  }
  await ctx.reply(view.text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...replyThreadOptions(ctx), ...markup });
}
