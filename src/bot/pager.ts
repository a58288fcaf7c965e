/** The ‹ n/N › row under a paged list: shown only when there is more than one page. */
import type { InlineKeyboard } from 'grammy';
import type { PageSlice } from './paging.js';

/** Adds the row to `keyboard`; `dataFor(page)` is the callback data that opens a page (0-based). */
export function addPagerRow(keyboard: InlineKeyboard, slice: Pick<PageSlice<unknown>, 'page' | 'pages'>, dataFor: (page: number) => string): InlineKeyboard {
  if (slice.pages <= 1) return keyboard;
  if (slice.page > 0) keyboard.text('‹', dataFor(slice.page - 1));
  keyboard.text(`${slice.page + 1}/${slice.pages}`, dataFor(slice.page));
  if (slice.page < slice.pages - 1) keyboard.text('›', dataFor(slice.page + 1));
  return keyboard.row();
}
