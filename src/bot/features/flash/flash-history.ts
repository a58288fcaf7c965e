/** `/flash history`: the account's last 20 flash calls — when, to whom, the code or why not, and who sent it. */
import { formatKzDateTime } from '../../../domain/format/index.js';
import { formatPhone } from '../../../domain/phone/index.js';
import { escapeHtml } from '../../../domain/text/index.js';
import type { AuditRecord } from '../../../store/index.js';
import type { BotContext } from '../../context.js';
import { FLASH_AUDIT_ACTION } from './send-flash.js';

export const FLASH_HISTORY_SIZE = 20;

/** Failure kinds worth their own words; the rest read "not sent". */
const FAILURES: Readonly<Record<string, string>> = {
  insufficient_funds: 'flash-failed-money',
  validation: 'flash-failed-refused',
  rate_limited: 'flash-failed-limit',
  unauthenticated: 'flash-failed-key',
};

export async function flashHistoryText(ctx: BotContext, accountId: string): Promise<string> {
  const { entries } = await ctx.deps.store.audit.list(accountId, { limit: FLASH_HISTORY_SIZE, action: FLASH_AUDIT_ACTION });
  if (entries.length === 0) return ctx.t('flash-history-empty');
  return ctx.t('flash-history', { count: entries.length, listHtml: entries.map((entry) => historyLine(ctx, entry)).join('\n') });
}

function historyLine(ctx: BotContext, entry: AuditRecord): string {
  const outcome =
    entry.result === 'ok'
      ? `<code>${escapeHtml(entry.detail ?? '')}</code>`
      : `⚠️ ${ctx.t(FAILURES[entry.detail ?? ''] ?? 'flash-failed-other')}`;
  const when = formatKzDateTime(new Date(entry.at), ctx.viewer.lang);
  return `${escapeHtml(when)} · ${escapeHtml(formatPhone(entry.target ?? ''))} · ${outcome} · ${escapeHtml(entry.actorName)}`;
}
