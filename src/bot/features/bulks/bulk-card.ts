/**
 * An SMS campaign's card: status, start, text, segments, recipients, costs and the moderator's comment, with the
 * actions its state and the person's role allow (each re-checked when tapped).
 */
import type { InlineKeyboard } from 'grammy';
import type { Bulk } from '../../../api/index.js';
import { formatCount } from '../../../domain/format/index.js';
import { callbackData } from '../../callback-data.js';
import type { BotContext } from '../../context.js';
import { links } from '../../links.js';
import { statusText } from '../campaigns/shared/campaign-status.js';
import { cardKeyboard, costLine } from '../campaigns/shared/card-parts.js';
import type { CampaignView } from '../campaigns/shared/campaign-view.js';
import { calendarDate, clockTime } from '../campaigns/shared/dates.js';
import type { Granted } from '../../auth/guarded-tap.js';
import type { ListPosition } from '../campaigns/shared/summary-list.js';
import { A } from './actions.js';

function cardText(ctx: BotContext, bulk: Bulk): string {
  const lang = ctx.viewer.lang;
  const lines = [
    ctx.t('bulk-card-title', { name: bulk.name ?? '', id: String(bulk.id) }),
    ctx.t('campaign-card-status', { status: statusText(ctx, bulk.status) }),
    ctx.t('bulk-card-schedule', { date: calendarDate(bulk.date_from, lang), time: clockTime(bulk.time_from) }),
    ctx.t('bulk-card-recipients', { recipients: formatCount(bulk.recipients ?? 0, lang), segments: formatCount(bulk.segments ?? 0, lang) }),
    costLine(ctx, bulk),
  ];
  if (bulk.comment) lines.push(ctx.t('campaign-card-comment', { comment: bulk.comment }));
  lines.push('', ctx.t('bulk-card-text', { text: bulk.text ?? '' }));
  return lines.join('\n');
}

function bulkKeyboard(ctx: BotContext, granted: Granted, bulk: Bulk, back: ListPosition): InlineKeyboard {
  const accountId = granted.account.id;
  return cardKeyboard(
    ctx,
    granted,
    {
      campaign: bulk,
      actions: { card: A.card, list: A.list, deleteAsk: A.deleteAsk },
      recipients: { label: ctx.t('bulk-btn-messages'), data: callbackData(A.messages, accountId, bulk.id, 0) },
      exportData: callbackData(A.export, accountId, bulk.id),
      editSchedule: links.editSmsSchedule(accountId, bulk.id),
    },
    back,
  );
}

export function bulkCardView(ctx: BotContext, granted: Granted, bulk: Bulk, back: ListPosition): CampaignView {
  return { text: cardText(ctx, bulk), keyboard: bulkKeyboard(ctx, granted, bulk, back) };
}
