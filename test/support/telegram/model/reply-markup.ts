import type { ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove } from 'grammy/types';
import { badRequest, fail, ok, type Outcome } from '../api/bot-api-error.js';
import { checkLink } from '../formatting/link-check.js';

export type ReplyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply;

const BUTTON_ACTIONS = [
  'callback_data', 'url', 'web_app', 'login_url', 'switch_inline_query', 'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat', 'copy_text', 'callback_game', 'pay',
] as const;

/** Telegram refuses keyboards with more buttons than this (`REPLY_MARKUP_TOO_LONG`). */
const MAX_BUTTONS = 100;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const buttonError = (text: string): Outcome<never> => fail(badRequest(`can't parse inline keyboard button: ${text}`));

function checkInlineButton(button: unknown): Outcome<InlineKeyboardButton> {
  if (!isObject(button)) return buttonError('InlineKeyboardButton must be an Object');
  if (typeof button.text !== 'string') return buttonError('Field "text" must be of type String');
  if (button.text.trim() === '') return fail(badRequest('BUTTON_TEXT_INVALID'));
  const action = BUTTON_ACTIONS.find((name) => name in button);
  if (action === undefined) return buttonError('Text buttons are unallowed in the inline keyboard');
  if (action === 'callback_data') {
    const data = button.callback_data;
    if (typeof data !== 'string') return buttonError('Field "callback_data" must be of type String');
    const bytes = Buffer.byteLength(data, 'utf8');
    if (bytes < 1 || bytes > 64) return fail(badRequest('BUTTON_DATA_INVALID'));
  }
  if (action === 'url') {
    if (typeof button.url !== 'string' || checkLink(button.url) === undefined) return fail(badRequest('BUTTON_URL_INVALID'));
  }
  // The fields Telegram checks are checked above; the rest of the button is kept as the bot sent it.
  return ok(button as unknown as InlineKeyboardButton);
}

function checkRows(rows: unknown, field: string, markup: string): Outcome<unknown[][]> {
  if (!Array.isArray(rows) || !rows.every((row) => Array.isArray(row))) {
    return fail(badRequest(`field "${field}" of the ${markup} must be an Array of Arrays`));
  }
  const typed = rows as unknown[][];
  if (typed.reduce((count, row) => count + row.length, 0) > MAX_BUTTONS) return fail(badRequest('REPLY_MARKUP_TOO_LONG'));
  return ok(typed);
}

function checkInlineKeyboard(markup: Record<string, unknown>): Outcome<InlineKeyboardMarkup> {
  const rows = checkRows(markup.inline_keyboard, 'inline_keyboard', 'InlineKeyboardMarkup');
  if (!rows.ok) return rows;
  const checked: InlineKeyboardButton[][] = [];
  for (const row of rows.value) {
    const buttons: InlineKeyboardButton[] = [];
    for (const button of row) {
      const result = checkInlineButton(button);
      if (!result.ok) return result;
      buttons.push(result.value);
    }
    checked.push(buttons);
  }
  return ok({ inline_keyboard: checked });
}

function checkReplyKeyboard(markup: Record<string, unknown>): Outcome<ReplyKeyboardMarkup> {
  const rows = checkRows(markup.keyboard, 'keyboard', 'ReplyKeyboardMarkup');
  if (!rows.ok) return rows;
  for (const button of rows.value.flat()) {
    const text = typeof button === 'string' ? button : isObject(button) ? button.text : undefined;
    if (typeof text !== 'string' || text === '') {
      return fail(badRequest("can't parse keyboard button: Field \"text\" must be of type String"));
    }
  }
  return ok(markup as unknown as ReplyKeyboardMarkup);
}

/**
 * Checks `reply_markup` as the real server does: the inline keyboard's shape, callback data of 1–64 bytes, URL
 * buttons with links Telegram accepts. Returns the markup as stored with the message.
 */
export function checkReplyMarkup(markup: unknown): Outcome<ReplyMarkup | undefined> {
  if (markup === undefined) return ok(undefined);
  if (!isObject(markup)) return fail(badRequest("can't parse reply keyboard markup JSON object"));
  if ('inline_keyboard' in markup) return checkInlineKeyboard(markup);
  if ('keyboard' in markup) return checkReplyKeyboard(markup);
  if (markup.remove_keyboard === true) return ok({ remove_keyboard: true });
  if (markup.force_reply === true) return ok(markup as unknown as ForceReply);
  return fail(badRequest("can't find field \"inline_keyboard\""));
}

/** The inline keyboard of a stored markup, if it is one. */
export const inlineKeyboardOf = (markup: ReplyMarkup | undefined): InlineKeyboardButton[][] | undefined =>
  markup !== undefined && 'inline_keyboard' in markup ? markup.inline_keyboard : undefined;
