/**
 * The list both `/campaigns` and `/bulks` show: the status filter with a count per status, one button per
 * campaign (status icon, name, date), newest first, pages of eight with ‹ › and the page count, and Refresh.
 */
import { InlineKeyboard } from 'grammy';
import { callbackData } from '../../../callback-data.js';
import type { BotContext } from '../../../context.js';
import { addPager } from '../../../pager.js';
import { PAGE_SIZE, pageOf } from '../../../paging.js';
import { filterCode, filterFromCode, STATUS_FILTERS, statusIcon, type StatusFilter } from './campaign-status.js';
import type { CampaignView } from './campaign-view.js';
import type { Granted } from '../../../auth/guarded-tap.js';
import { shortDate } from './dates.js';
import { countOf, rowsOf, type Snapshot } from './summary-snapshot.js';

export interface SummaryListSpec {
  /** Callback actions: a page of the list, the same read afresh, a campaign's card. */
  actions: { list: string; refresh: string; card: string };
  /** Fluent keys: the heading (`account`, `filter`, `count`) and the line for an empty selection. */
  keys: { title: string; empty: string };
  /** Buttons under the list that lead elsewhere ("New campaign"), already checked against the role. */
  extra?: (ctx: BotContext, granted: Granted) => { label: string; data: string }[];
}

/** Where in the list a person is; a card remembers it so that Back returns there. */
export interface ListPosition {
  filter: StatusFilter;
  page: number;
}

/** The list as a command or an alert opens it. */
export const LIST_START: ListPosition = { filter: 'all', page: 0 };

/** The position a button names (filter code, page from 0). */
export function listPositionOf(filter: number | undefined, page: number | undefined): ListPosition {
  return { filter: filterFromCode(filter), page: page ?? 0 };
}

function filterLabel(ctx: BotContext, filter: StatusFilter): string {
  return filter === 'all' ? ctx.t('campaigns-filter-all') : `${statusIcon(filter)} ${ctx.t(`campaign-status-${filter}`)}`;
}

/** "12", or "12+" while campaigns the count may grow by are still unread. */
function countText(count: { count: number; exact: boolean }): string {
  return `${count.count}${count.exact ? '' : '+'}`;
}

export function summaryListView(ctx: BotContext, spec: SummaryListSpec, granted: Granted, snapshot: Snapshot, at: ListPosition): CampaignView {
  const { account } = granted;
  const accountId = account.id;
  const rows = rowsOf(snapshot, at.filter);
  const slice = pageOf(rows, at.page);
  const selected = countOf(snapshot, at.filter);
  // Until every campaign is read, the pages are those the count promises, or one more than the rows read fill.
  const pages = selected.exact ? Math.max(1, Math.ceil(selected.count / PAGE_SIZE)) : Math.max(slice.pages, slice.page + 2);
  const keyboard = new InlineKeyboard();
  STATUS_FILTERS.forEach((filter, index) => {
    const label = `${filter === at.filter ? '• ' : ''}${filter === 'all' ? ctx.t('campaigns-filter-all') : statusIcon(filter)} ${countText(countOf(snapshot, filter))}`;
    keyboard.text(label, callbackData(spec.actions.list, accountId, filterCode(filter), 0));
    if (index % 3 === 2) keyboard.row();
  });
  for (const row of slice.items) {
    const date = row.date ? ` · ${shortDate(row.date, ctx.viewer.lang)}` : '';
    keyboard.text(`${statusIcon(row.status)} ${row.name}${date}`, callbackData(spec.actions.card, accountId, row.id, filterCode(at.filter), slice.page)).row();
  }
  addPager(keyboard, { page: slice.page, pages }, (page) => callbackData(spec.actions.list, accountId, filterCode(at.filter), page));
  keyboard.text(ctx.t('campaigns-btn-refresh'), callbackData(spec.actions.refresh, accountId, filterCode(at.filter), slice.page));
  for (const button of spec.extra?.(ctx, granted) ?? []) keyboard.text(button.label, button.data);
  keyboard.row().text(ctx.t('btn-main-menu'), 'menu');

  const lines = [ctx.t(spec.keys.title, { account: account.name, filter: filterLabel(ctx, at.filter), count: countText(selected) })];
  if (!selected.exact) lines.push(ctx.t('campaigns-list-partial', { read: String(snapshot.rows.length), total: String(snapshot.total) }));
  if (rows.length === 0 && selected.exact) lines.push(ctx.t(spec.keys.empty));
  if (pages > 1) lines.push(ctx.t('campaigns-page', { page: String(slice.page + 1), pages: `${pages}${selected.exact ? '' : '+'}` }));
  return { text: lines.join('\n'), keyboard };
}
