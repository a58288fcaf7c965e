/** The audit log (all of it, or what the filters keep) as a CSV document for Excel. */
import { InputFile } from 'grammy';
import { toCsv } from '../../../domain/csv/index.js';
import { kzToday, toApiDateTime } from '../../../domain/format/index.js';
import type { Account, AuditRecord } from '../../../store/index.js';
import type { BotContext } from '../../context.js';

/** Machine-readable column names: the file is data for a spreadsheet, read the same whatever the language. */
const HEADER = ['time_almaty', 'user_id', 'user_name', 'action', 'target', 'result', 'detail'] as const;

export function auditCsv(entries: readonly AuditRecord[]): Buffer {
  return toCsv(
    HEADER,
    entries.map((entry) => [toApiDateTime(new Date(entry.at)), entry.actorId, entry.actorName, entry.action, entry.target ?? null, entry.result, entry.detail ?? null]),
  );
}

export async function sendAuditCsv(ctx: BotContext, account: Account, entries: readonly AuditRecord[]): Promise<void> {
  const name = `audit-${account.id}-${kzToday(new Date(ctx.deps.now()))}.csv`;
  await ctx.replyWithDocument(new InputFile(auditCsv(entries), name), {
    caption: ctx.t('audit-export-caption', { account: account.name, count: entries.length }),
    parse_mode: 'HTML',
  });
}
