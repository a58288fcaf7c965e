/** A campaign's calls as a CSV document: one row per number, with every try, the answers and the variables. */
import type { Autocall, AutocallApi, Call } from '../../../api/index.js';
import type { BotContext } from '../../context.js';
import { callStatusLabel } from './calls-view.js';
import { type CsvExportSpec, jsonCell, recipientsExportSpec } from './shared/csv-export.js';
import type { Granted } from '../../auth/guarded-tap.js';

const COLUMNS = ['id', 'number', 'extra', 'status', 'tries', 'try-dates', 'try-statuses', 'last-try', 'talk-seconds', 'recall-seconds', 'answers', 'variables', 'created'] as const;

function callRow(ctx: BotContext, call: Call) {
  return [
    call.id,
    call.number,
    call.extra,
    callStatusLabel(ctx, call.status),
    call.tries,
    (call.date_tries ?? []).join(' | '),
    (call.status_tries ?? []).map((status) => callStatusLabel(ctx, status)).join(' | '),
    call.last_try_at,
    call.duration,
    call.r_duration,
    jsonCell(call.data),
    jsonCell(call.variables),
    call.created_at,
  ];
}

export function callsExportSpec(ctx: BotContext, granted: Granted, api: AutocallApi, autocall: Autocall): CsvExportSpec<Call> {
  return recipientsExportSpec(ctx, granted, {
    what: 'calls',
    campaign: autocall,
    fileName: `campaign-${autocall.id}-calls.csv`,
    header: COLUMNS.map((column) => ctx.t(`campaign-csv-${column}`)),
    first: autocall.calls,
    readPage: async (page) => (await api.autocalls.get(autocall.id, { page })).calls,
    toRow: (call) => callRow(ctx, call),
    caption: ctx.t('campaign-export-caption', { name: autocall.name ?? `#${autocall.id}`, id: String(autocall.id) }),
  });
}
