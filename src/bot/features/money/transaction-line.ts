/** One line of the payments list: when, how much (signed), what for; ⏳ for a payment not confirmed yet. */
import type { Transaction } from '../../../api/index.js';
import { formatMoney } from '../../../domain/format/index.js';
import { escapeHtml, truncateText } from '../../../domain/text/index.js';
import { showApiDate } from '../../api-dates.js';
import type { Language } from '../../i18n.js';

const DESCRIPTION_MAX = 60;

export function transactionLine(transaction: Transaction, lang: Language): string {
  const total = transaction.total ?? 0;
  const icon = transaction.confirmed === false ? '⏳' : total >= 0 ? '➕' : '➖';
  const amount = `${total > 0 ? '+' : ''}${formatMoney(total, lang)}`;
  const when = transaction.created_at === undefined ? '' : `${showApiDate(transaction.created_at, lang)} · `;
  const description = truncateText(transaction.meta?.description ?? '', DESCRIPTION_MAX);
  return `${icon} ${escapeHtml(when)}<b>${escapeHtml(amount)}</b>${description ? ` · ${escapeHtml(description)}` : ''}`;
}
