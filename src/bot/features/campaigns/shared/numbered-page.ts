/**
 * A page of a campaign's items (calls, messages) as numbered text lines with a button per number, four to a row,
 * and ‹ › under them. Numbers continue across pages (9, 10… on the second), so a number means the same item
 * wherever it is seen.
 */
import { InlineKeyboard } from 'grammy';
import { formatCount, type Language } from '../../../../domain/format/index.js';
import type { BotContext } from '../../../context.js';
import { addPager } from '../../../pager.js';
import { PAGE_SIZE, type PageSlice } from '../../../paging.js';
import type { CampaignView } from './campaign-view.js';

const NUMBERS_PER_ROW = 4;

export interface NumberedPageSpec<T> {
  slice: PageSlice<T>;
  language: Language;
  /** The item's line after its number (HTML). */
  line(item: T): string;
  /** Callback data opening the item, and opening page `n` (from 0). */
  open(item: T): string;
  pageData(n: number): string;
}

export interface NumberedPage {
  lines: string[];
  keyboard: InlineKeyboard;
  /** Numbers of the first and last item shown, and how many there are in all. */
  from: number;
  to: number;
  total: number;
}

export function numberedPage<T>(spec: NumberedPageSpec<T>): NumberedPage {
  const { slice } = spec;
  const first = slice.page * PAGE_SIZE + 1;
  const keyboard = new InlineKeyboard();
  const lines = slice.items.map((item, index) => {
    const number = formatCount(first + index, spec.language);
    keyboard.text(number, spec.open(item));
    if ((index + 1) % NUMBERS_PER_ROW === 0) keyboard.row();
    return `${number}. ${spec.line(item)}`;
  });
  if (slice.items.length % NUMBERS_PER_ROW !== 0) keyboard.row();
  addPager(keyboard, slice, (n) => spec.pageData(n));
  return { lines, keyboard, from: first, to: first + slice.items.length - 1, total: slice.total };
}

export interface RecipientsPageSpec<T> extends Omit<NumberedPageSpec<T>, 'language'> {
  /** The campaign's name, and the Fluent keys of the heading (`name`, `from`, `to`, `total`) and of no recipients (`name`). */
  name: string;
  keys: { title: string; empty: string };
  /** The button back to the campaign's card. */
  back: { label: string; data: string };
}

/** A page of a campaign's recipients (calls, messages): the heading, the numbered lines, and Back to the card. */
export function recipientsPageView<T>(ctx: BotContext, spec: RecipientsPageSpec<T>): CampaignView {
  const lang = ctx.viewer.lang;
  const page = numberedPage({ ...spec, language: lang });
  const heading =
    page.lines.length === 0
      ? ctx.t(spec.keys.empty, { name: spec.name })
      : ctx.t(spec.keys.title, { name: spec.name, from: formatCount(page.from, lang), to: formatCount(page.to, lang), total: formatCount(page.total, lang) });
  page.keyboard.text(spec.back.label, spec.back.data);
  return { text: [heading, '', ...page.lines].join('\n').trim(), keyboard: page.keyboard };
}
