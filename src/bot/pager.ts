/**
 * The ‹ › row under a paged list. The page count belongs in the view's text, not on a button: a button that
 * re-renders the page already shown would edit the message to identical content, which Telegram refuses.
 */
import type { InlineKeyboard } from 'grammy';
import type { PageSlice } from './paging.js';

export function addPager(keyboard: InlineKeyboard, slice: Pick<PageSlice<unknown>, 'page' | 'pages'>, dataFor: (page: number) => string): InlineKeyboard {
  if (slice.pages <= 1) return keyboard;
  if (slice.page > 0) keyboard.text('‹', dataFor(slice.page - 1));
  if (slice.page < slice.pages - 1) keyboard.text('›', dataFor(slice.page + 1));
  return keyboard.row();
}
