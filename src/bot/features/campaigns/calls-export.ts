/** A campaign's calls as a CSV document: one row per number, with every try, the answers and the variables. */
import type { Autocall, AutocallApi, Call } from '../../../api/index.js';
import { formatCount } from '../../../domain/format/index.js';
import type { BotContext } from '../../context.js';
import { callStatusLabel } from './calls-view.js';
import type { CsvExportSpec } from './shared/csv-export.js';
import type { Granted } from '../../auth/guarded-tap.js';

const COLUMNS = ['id', 'number', 'extra', 'status', 'tries', 'try-dates', 'try-statuses', 'last-try', 'talk-seconds', 'recall-seconds', 'answers', 'variables', 'created'] as const;

/** Nested data as JSON in one cell; an empty object or nothing as an empty cell. */
function jsonCell(value: Record<string, unknown> | null | undefined): string | null {
  return value && Object.keys(value).length > 0 ? JSON.stringify(value) : null;
}

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
  const name = autocall.name ?? `#${autocall.id}`;
  const lang = ctx.viewer.lang;
  return {
    lockKey: `calls:${granted.account.id}:${autocall.id}`,
    fileName: `campaign-${autocall.id}-calls.csv`,
    header: COLUMNS.map((column) => ctx.t(`campaign-csv-${column}`)),
    // The first page came with the campaign itself.
    fetchPage: async (page) => (page === 1 ? autocall.calls : (await api.autocalls.get(autocall.id, { page })).calls),
    toRow: (call) => callRow(ctx, call),
    progress: (done, total) => ctx.t('campaigns-export-progress', { name, done: formatCount(done, lang), total: formatCount(total, lang) }),
    finished: (count) => ctx.t('campaigns-export-done', { name, count: formatCount(count, lang) }),
    caption: ctx.t('campaign-export-caption', { name, id: String(autocall.id) }),
    busy: ctx.t('campaigns-export-busy'),
  };
}
