/**
 * Export of a whole list as a CSV document (phone, note, one column per variable), every page fetched within the
 * SDK's rate limit. Big lists take a while, so the live message shows the progress and turns back into the card
 * when the file is sent; the columns are the ones the bot's own list import recognises.
 */
import { InputFile } from 'grammy';
import { type Contact, type ContactListWithContacts, isAutocallError, paginate } from '../../../api/index.js';
import { toCsv, type CsvCell } from '../../../domain/csv/index.js';
import { formatCount } from '../../../domain/format/index.js';
import type { Granted } from '../../auth/guarded-tap.js';
import type { BotContext } from '../../context.js';
import { safeFileName } from '../../file-names.js';
import { describeAutocallError } from '../../errors/describe-autocall-error.js';
import { recordAction } from '../../record-action.js';
import { redraw } from '../../redraw.js';
import { show } from '../../show.js';
import { listCardView } from './list-card.js';

/** Progress is redrawn at most this often: each edit is a Telegram call and counts against its limits. */
const PROGRESS_EVERY_MS = 2_000;

/** A file name for the list, safe on every system people open it on. */
export function exportFileName(listName: string, listId: number): string {
  return `${safeFileName(listName, `list-${listId}`)}.csv`;
}

/** Columns: phone, note, then every variable name in the order first met. */
export function contactsTable(contacts: readonly Contact[]): { header: string[]; rows: CsvCell[][] } {
  const keys: string[] = [];
  for (const contact of contacts) for (const key of Object.keys(contact.variables ?? {})) if (!keys.includes(key)) keys.push(key);
  const rows = contacts.map((contact) => [contact.number, contact.extra, ...keys.map((key) => contact.variables?.[key] ?? null)]);
  return { header: ['phone', 'extra', ...keys], rows };
}

export async function exportList(ctx: BotContext, granted: Granted, listId: number): Promise<void> {
  const api = await ctx.deps.apis.forAccount(granted.account);
  const first: ContactListWithContacts = await api.lists.get(listId);
  const total = first.contacts?.total ?? first.contacts_count;
  const lang = ctx.viewer.lang;
  let shownText = ctx.t('list-export-progress', { name: first.name, done: formatCount(0, lang), total: formatCount(total, lang) });
  await show(ctx, { text: shownText });
  let shownAt = ctx.deps.now();

  const contacts: Contact[] = [];
  try {
    for await (const contact of paginate(async (page) => (page === 1 ? first.contacts : (await api.lists.get(listId, { page })).contacts))) {
      contacts.push(contact);
      const text = ctx.t('list-export-progress', { name: first.name, done: formatCount(contacts.length, lang), total: formatCount(total, lang) });
      if (ctx.deps.now() - shownAt >= PROGRESS_EVERY_MS && text !== shownText) {
        await redraw(ctx, { text });
        shownText = text;
        shownAt = ctx.deps.now();
      }
    }
  } catch (error) {
    if (!isAutocallError(error)) throw error;
    // The tap is answered already, so the error is told here, on the card, not by the error boundary.
    await redraw(ctx, listCardView(ctx, granted, first, (await describeAutocallError(ctx, error)).text));
    return;
  }

  const { header, rows } = contactsTable(contacts);
  await ctx.replyWithDocument(new InputFile(toCsv(header, rows), exportFileName(first.name, listId)), {
    caption: ctx.t('list-export-done', { name: first.name, count: formatCount(contacts.length, lang) }),
    parse_mode: 'HTML',
  });
  await recordAction(ctx, granted.account.id, 'list.export', `#${listId} «${first.name}» (${contacts.length})`);
  await redraw(ctx, listCardView(ctx, granted, first));
}
