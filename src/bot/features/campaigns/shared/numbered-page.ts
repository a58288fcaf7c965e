/**
 * One of AutoCall's pages of a campaign's items (calls, messages) as numbered text lines with a button per number,
 * five to a row, and ‹ › over AutoCall's pages. Counting continues across pages (16, 17… on the second), so a
 * number means the same item wherever it is seen.
 */
import { InlineKeyboard } from 'grammy';
import type { Page } from '../../../../api/index.js';
import { formatCount, type Language } from '../../../../domain/format/index.js';
import { addPager } from '../../../pager.js';

const NUMBERS_PER_ROW = 5;

export interface NumberedPageSpec<T> {
  page: Page<T> | undefined;
  language: Language;
  /** The item's line after its number (HTML). */
  line(item: T): string;
  /** Callback data opening the item, and opening AutoCall's page `n` (from 1). */
  open(item: T): string;
  pageData(n: number): string;
}

export interface NumberedPage {
  lines: string[];
  keyboard: InlineKeyboard;
  /** Numbers of the first and last item shown, and of all items. */
  from: number;
  to: number;
  total: number;
}

export function numberedPage<T>(spec: NumberedPageSpec<T>): NumberedPage {
  const items = spec.page?.data ?? [];
  const first = spec.page?.from ?? 1;
  const keyboard = new InlineKeyboard();
  const lines = items.map((item, index) => {
    const number = formatCount(first + index, spec.language);
    keyboard.text(number, spec.open(item));
    if ((index + 1) % NUMBERS_PER_ROW === 0) keyboard.row();
    return `${number}. ${spec.line(item)}`;
  });
  if (items.length % NUMBERS_PER_ROW !== 0) keyboard.row();
  // The pager counts from 0, AutoCall's pages from 1.
  addPager(keyboard, { page: (spec.page?.current_page ?? 1) - 1, pages: spec.page?.last_page ?? 1 }, (n) => spec.pageData(n + 1));
  return { lines, keyboard, from: first, to: first + items.length - 1, total: spec.page?.total ?? items.length };
}
