/** An SMS campaign's messages as a CSV document: one row per recipient, with its delivery status and variables. */
import type { AutocallApi, Bulk, Message } from '../../../api/index.js';
import { formatCount } from '../../../domain/format/index.js';
import type { BotContext } from '../../context.js';
import type { CsvExportSpec } from '../campaigns/shared/csv-export.js';
import type { Granted } from '../../auth/guarded-tap.js';
import { messageStatusLabel } from './message-status.js';

const COLUMNS = ['id', 'number', 'extra', 'status', 'operator', 'sent', 'status-time', 'variables', 'created'] as const;

function messageRow(ctx: BotContext, message: Message) {
  const variables = message.variables && Object.keys(message.variables).length > 0 ? JSON.stringify(message.variables) : null;
  return [message.id, message.number, message.extra, messageStatusLabel(ctx, message.status), message.provider, message.init_time, message.status_time, variables, message.created_at];
}

export function messagesExportSpec(ctx: BotContext, granted: Granted, api: AutocallApi, bulk: Bulk): CsvExportSpec<Message> {
  const name = bulk.name ?? `#${bulk.id}`;
  const lang = ctx.viewer.lang;
  return {
    lockKey: `messages:${granted.account.id}:${bulk.id}`,
    fileName: `sms-${bulk.id}-messages.csv`,
    header: COLUMNS.map((column) => ctx.t(`bulk-csv-${column}`)),
    // The first page came with the bulk itself.
    fetchPage: async (page) => (page === 1 ? bulk.messages : (await api.bulks.get(bulk.id, { page })).messages),
    toRow: (message) => messageRow(ctx, message),
    progress: (done, total) => ctx.t('campaigns-export-progress', { name, done: formatCount(done, lang), total: formatCount(total, lang) }),
    finished: (count) => ctx.t('campaigns-export-done', { name, count: formatCount(count, lang) }),
    caption: ctx.t('bulk-export-caption', { name, id: String(bulk.id) }),
    busy: ctx.t('campaigns-export-busy'),
  };
}
