/**
 * Exports every item of a paged AutoCall collection (a campaign's calls, a bulk's messages) as one CSV document.
 * Pages are read one after another, so the export takes its turn in the key's rate limit with everyone else's
 * requests instead of flooding it. A large export runs on after the tap is answered — the chat stays usable — and
 * reports its progress in one message edited in place (at most every couple of seconds, as Telegram likes it).
 * One export per campaign at a time: a second tap while it runs is told so.
 */
import { InputFile } from 'grammy';
import { isAutocallError, type Page } from '../../../../api/index.js';
import { toCsv, type CsvCell } from '../../../../domain/csv/index.js';
import { formatCount } from '../../../../domain/format/index.js';
import type { Granted } from '../../../auth/guarded-tap.js';
import type { BotContext } from '../../../context.js';
import { describeAutocallError } from '../../../errors/describe-autocall-error.js';

/** Long enough for the largest campaign at the rate limit; the lock is released earlier when the export ends. */
const EXPORT_LOCK_MS = 30 * 60_000;
const PROGRESS_EVERY_MS = 2_000;

export interface CsvExportSpec<T> {
  /** Names the export for the one-at-a-time lock, e.g. `calls:<account>:<campaign>`. */
  lockKey: string;
  fileName: string;
  header: string[];
  /** Page `n` (from 1) of the items; undefined when AutoCall sent none. */
  fetchPage(page: number): Promise<Page<T> | undefined>;
  toRow(item: T): CsvCell[];
  /** Texts (HTML): progress after `done` of `total` items, the end, the document's caption, "already running". */
  progress(done: number, total: number): string;
  finished(count: number): string;
  caption: string;
  busy: string;
}

/** Nested data as JSON in one cell; an empty object or nothing as an empty cell. */
export function jsonCell(value: Record<string, unknown> | null | undefined): string | null {
  return value && Object.keys(value).length > 0 ? JSON.stringify(value) : null;
}

/** A campaign's recipients (calls, messages) as an export; the texts of progress and the end are shared. */
export interface RecipientsExport<R> {
  /** `calls`, `messages`: names the one-at-a-time lock with the account and the campaign. */
  what: string;
  campaign: { id: number; name?: string | null | undefined };
  fileName: string;
  header: string[];
  /** Page `n` (from 1) of the recipients; the first came with the campaign itself. */
  first: Page<R> | undefined;
  readPage(page: number): Promise<Page<R> | undefined>;
  toRow: (item: R) => CsvCell[];
  /** The document's caption (HTML). */
  caption: string;
}

export function recipientsExportSpec<R>(ctx: BotContext, granted: Granted, spec: RecipientsExport<R>): CsvExportSpec<R> {
  const name = spec.campaign.name ?? `#${spec.campaign.id}`;
  const lang = ctx.viewer.lang;
  return {
    lockKey: `${spec.what}:${granted.account.id}:${spec.campaign.id}`,
    fileName: spec.fileName,
    header: spec.header,
    fetchPage: (page) => (page === 1 ? Promise.resolve(spec.first) : spec.readPage(page)),
    toRow: spec.toRow,
    progress: (done, total) => ctx.t('campaigns-export-progress', { name, done: formatCount(done, lang), total: formatCount(total, lang) }),
    finished: (count) => ctx.t('campaigns-export-done', { name, count: formatCount(count, lang) }),
    caption: spec.caption,
    busy: ctx.t('campaigns-export-busy'),
  };
}

function hasMore<T>(page: Page<T>): boolean {
  return page.next_page_url !== null && page.current_page < page.last_page && page.data.length > 0;
}

async function readAll<T>(spec: CsvExportSpec<T>, first: Page<T>, onPage: (done: number, total: number) => Promise<void>): Promise<T[]> {
  const items = [...first.data];
  let page: Page<T> | undefined = first;
  while (page && hasMore(page)) {
    page = await spec.fetchPage(page.current_page + 1);
    items.push(...(page?.data ?? []));
    await onPage(items.length, page?.total ?? items.length);
  }
  return items;
}

async function sendDocument<T>(ctx: BotContext, spec: CsvExportSpec<T>, items: readonly T[]): Promise<void> {
  const bytes = toCsv(spec.header, items.map((item) => spec.toRow(item)));
  await ctx.replyWithDocument(new InputFile(bytes, spec.fileName), { caption: spec.caption, parse_mode: 'HTML' });
}

/** The rest of a large export, after the first page: progress edits, the document, the final line. */
async function finishInBackground<T>(ctx: BotContext, spec: CsvExportSpec<T>, first: Page<T>, chatId: number, messageId: number): Promise<void> {
  let shown = spec.progress(first.data.length, first.total);
  let shownAt = ctx.deps.now();
  const edit = async (text: string) => {
    if (text === shown) return;
    await ctx.api.editMessageText(chatId, messageId, text, { parse_mode: 'HTML' });
    shown = text;
    shownAt = ctx.deps.now();
  };
  try {
    const items = await readAll(spec, first, async (done, total) => {
      if (ctx.deps.now() - shownAt >= PROGRESS_EVERY_MS) await edit(spec.progress(done, total));
    });
    await sendDocument(ctx, spec, items);
    await edit(spec.finished(items.length));
  } catch (error) {
    ctx.log.warn({ err: error, export: spec.lockKey }, 'export failed');
    const text = isAutocallError(error) ? (await describeAutocallError(ctx, error)).text : ctx.t('err-internal');
    await edit(text).catch((editError: unknown) => ctx.log.error({ err: editError }, 'could not report a failed export'));
  }
}

/** Runs the export for a tap. Errors before the first page is read go to the error boundary like any other. */
export async function exportCsv<T>(ctx: BotContext, spec: CsvExportSpec<T>): Promise<void> {
  const { kv } = ctx.deps.store;
  const lock = `export:${spec.lockKey}`;
  if (!(await kv.setOnce(lock, String(ctx.viewer.userId), EXPORT_LOCK_MS))) {
    await ctx.answerCallbackQuery({ text: spec.busy, show_alert: true });
    return;
  }
  const release = () => kv.del(lock).catch((error: unknown) => ctx.log.error({ err: error, lock }, 'could not release the export lock'));
  let detached = false;
  try {
    await ctx.answerCallbackQuery();
    const first = await spec.fetchPage(1);
    if (!first || !hasMore(first)) {
      await sendDocument(ctx, spec, first?.data ?? []);
      return;
    }
    const progress = await ctx.reply(spec.progress(first.data.length, first.total), { parse_mode: 'HTML' });
    detached = true;
    void finishInBackground(ctx, spec, first, progress.chat.id, progress.message_id).finally(release);
  } finally {
    if (!detached) await release();
  }
}
