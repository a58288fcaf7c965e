/**
 * Whether a view is what the tapped message already shows. Telegram refuses an edit to identical content ("message
 * is not modified"), so a Refresh with nothing new, or a tap on the current page's counter, should not edit at all.
 * The message's text is plain (its formatting arrives as entities), so the view's HTML is read as the text Telegram
 * would show; a change of formatting alone is not noticed, and a view that carries data always changes its text too.
 */
import type { InlineKeyboardButton, InlineKeyboardMarkup, Message } from 'grammy/types';
import { htmlToPlainText } from '../domain/text/index.js';

/** The text Telegram shows for HTML, trimmed as Telegram trims a message. */
export function visibleText(html: string): string {
  return htmlToPlainText(html).trim();
}

function buttonKey(button: InlineKeyboardButton): string {
  if ('callback_data' in button) return `${button.text}\u0000cb\u0000${button.callback_data}`;
  if ('url' in button) return `${button.text}\u0000url\u0000${button.url}`;
  return `${button.text}\u0000${JSON.stringify(button)}`;
}

function keyboardKey(markup: InlineKeyboardMarkup | undefined): string {
  return JSON.stringify((markup?.inline_keyboard ?? []).map((row) => row.map(buttonKey)));
}

/** True when `message` already shows `html` with exactly `markup` (both may be absent). */
export function isAlreadyShown(message: Pick<Message, 'text' | 'reply_markup'>, html: string, markup: InlineKeyboardMarkup | undefined): boolean {
  return message.text !== undefined && message.text === visibleText(html) && keyboardKey(message.reply_markup) === keyboardKey(markup);
}
