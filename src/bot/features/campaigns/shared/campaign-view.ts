/**
 * Putting a view of these menus on screen. A tap on one of the menu's own messages edits it in place, unless the
 * message would not change (a Refresh with nothing new, the current page tapped again): Telegram refuses such an
 * edit, so the tap is only answered. A tap on someone else's message (an alert's "Open", another feature's card)
 * keeps that message and answers with a new one.
 */
import type { InlineKeyboard } from 'grammy';
import { replyThreadOptions } from '../../../auth/guard.js';
import type { BotContext } from '../../../context.js';
import { isNotModified } from '../../../errors/error-boundary.js';
import { isAlreadyShown } from '../../../same-view.js';
import { show } from '../../../show.js';
import { htmlToPlainText, MESSAGE_MAX_LENGTH, truncateHtml, truncateText } from '../../../../domain/text/index.js';

export interface CampaignView {
  text: string;
  keyboard: InlineKeyboard;
}

export interface ShowOptions {
  /** The callback actions only this menu's own messages carry. */
  ownActions: ReadonlySet<string>;
  /** Said when the view has not changed (for Refresh); silent otherwise. */
  unchanged?: string;
  /** The tap was answered already (with a refusal alert, say): Telegram takes one answer per tap. */
  answered?: boolean;
}

/** Telegram's limit on the text of a callback answer. */
const ALERT_MAX_LENGTH = 200;

/** A translated text as a callback answer takes it: plain, at most 200 characters. */
export function alertText(html: string): string {
  return truncateText(htmlToPlainText(html), ALERT_MAX_LENGTH);
}

function tappedMessage(ctx: BotContext) {
  const message = ctx.callbackQuery?.message;
  return message && 'text' in message ? message : undefined;
}

function isOwnMessage(ctx: BotContext, ownActions: ReadonlySet<string>): boolean {
  const rows = tappedMessage(ctx)?.reply_markup?.inline_keyboard ?? [];
  return rows.flat().some((button) => 'callback_data' in button && ownActions.has(button.callback_data.split(':')[0] ?? ''));
}

function isShownAlready(ctx: BotContext, view: CampaignView): boolean {
  const message = tappedMessage(ctx);
  return message !== undefined && isAlreadyShown(message, view.text, view.keyboard);
}

/** Shows the view (cut to Telegram's limit: a call's answers and variables are the person's own data, unbounded). */
export async function showCampaignView(ctx: BotContext, whole: CampaignView, options: ShowOptions): Promise<void> {
  const view = { text: truncateHtml(whole.text, MESSAGE_MAX_LENGTH), keyboard: whole.keyboard };
  if (!ctx.callbackQuery) return show(ctx, view);
  const answer = async (text?: string) => {
    if (!options.answered) await ctx.answerCallbackQuery(text === undefined ? {} : { text }).catch(() => undefined);
  };
  const sendOptions = { parse_mode: 'HTML' as const, link_preview_options: { is_disabled: true }, reply_markup: view.keyboard };
  if (!isOwnMessage(ctx, options.ownActions)) {
    await answer();
    await ctx.reply(view.text, { ...sendOptions, ...replyThreadOptions(ctx) });
    return;
  }
  if (isShownAlready(ctx, view)) {
    await answer(options.unchanged);
    return;
  }
  await answer();
  try {
    await ctx.editMessageText(view.text, sendOptions);
  } catch (error) {
    // Two taps racing each other can still meet an unchanged message; that is not a failure.
    if (!isNotModified(error)) throw error;
  }
}
