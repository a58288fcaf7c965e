/** An SMS campaign's messages as a CSV document: one row per recipient, with its delivery status and variables. */
import type { AutocallApi, Bulk, Message } from '../../../api/index.js';
import type { Granted } from '../../auth/guarded-tap.js';
import type { BotContext } from '../../context.js';
import { type CsvExportSpec, jsonCell, recipientsExportSpec } from '../campaigns/shared/csv-export.js';
import { messageStatusLabel } from './message-status.js';

const COLUMNS = ['id', 'number', 'extra', 'status', 'operator', 'sent', 'status-time', 'variables', 'created'] as const;

function messageRow(ctx: BotContext, message: Message) {
  return [message.id, message.number, message.extra, messageStatusLabel(ctx, message.status), message.provider, message.init_time, message.status_time, jsonCell(message.variables), message.created_at];
}

export function messagesExportSpec(ctx: BotContext, granted: Granted, api: AutocallApi, bulk: Bulk): CsvExportSpec<Message> {
  return recipientsExportSpec(ctx, granted, {
    what: 'messages',
    campaign: bulk,
    fileName: `sms-${bulk.id}-messages.csv`,
    header: COLUMNS.map((column) => ctx.t(`bulk-csv-${column}`)),
    first: bulk.messages,
    readPage: async (page) => (await api.bulks.get(bulk.id, { page })).messages,
    toRow: (message) => messageRow(ctx, message),
    caption: ctx.t('bulk-export-caption', { name: bulk.name ?? `#${bulk.id}`, id: String(bulk.id) }),
  });
}
