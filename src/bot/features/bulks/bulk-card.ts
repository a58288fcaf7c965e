/**
 * An SMS campaign's card: status, start, text, segments, recipients, costs and the moderator's comment, with the
 * actions its state and the person's role allow (each re-checked when tapped).
 */
import { InlineKeyboard } from 'grammy';
import type { Bulk } from '../../../api/index.js';
import { formatCount, formatMoney } from '../../../domain/format/index.js';
import { roleAllows } from '../../auth/permissions.js';
import { callbackData } from '../../callback-data.js';
import type { BotContext } from '../../context.js';
import { links } from '../../links.js';
import { filterCode, isReschedulable, statusText } from '../campaigns/shared/campaign-status.js';
import type { CampaignView } from '../campaigns/shared/campaign-view.js';
import { calendarDate, clockTime } from '../campaigns/shared/dates.js';
import type { Granted } from '../../auth/guarded-tap.js';
import type { ListPosition } from '../campaigns/shared/summary-list.js';
import { A } from './actions.js';

function cardText(ctx: BotContext, bulk: Bulk): string {
  const lang = ctx.viewer.lang;
  const maxCost = formatMoney(bulk.max_cost ?? 0, lang);
  const lines = [
    ctx.t('bulk-card-title', { name: bulk.name ?? '', id: String(bulk.id) }),
    ctx.t('campaign-card-status', { status: statusText(ctx, bulk.status) }),
    ctx.t('bulk-card-schedule', { date: calendarDate(bulk.date_from, lang), time: clockTime(bulk.time_from) }),
    ctx.t('bulk-card-recipients', { recipients: formatCount(bulk.recipients ?? 0, lang), segments: formatCount(bulk.segments ?? 0, lang) }),
    bulk.final_cost === null || bulk.final_cost === undefined
      ? ctx.t('campaign-card-cost', { max: maxCost })
      : ctx.t('campaign-card-final-cost', { final: formatMoney(bulk.final_cost, lang), max: maxCost }),
  ];
  if (bulk.comment) lines.push(ctx.t('campaign-card-comment', { comment: bulk.comment }));
  lines.push('', ctx.t('bulk-card-text', { text: bulk.text ?? '' }));
  return lines.join('\n');
}

function cardKeyboard(ctx: BotContext, { account, role }: Granted, bulk: Bulk, back: ListPosition): InlineKeyboard {
  const id = bulk.id;
  const canLaunch = roleAllows(role, 'campaign.launch');
  const keyboard = new InlineKeyboard()
    .text(ctx.t('campaigns-btn-refresh'), callbackData(A.card, account.id, id, filterCode(back.filter), back.page))
    .row()
    .text(ctx.t('bulk-btn-messages'), callbackData(A.messages, account.id, id, 0))
    .text(ctx.t('campaigns-btn-export'), callbackData(A.export, account.id, id))
    .row();
  if (canLaunch && isReschedulable(bulk.status)) keyboard.text(ctx.t('campaigns-btn-edit-schedule'), links.editSmsSchedule(account.id, id)).row();
  if (canLaunch && bulk.status !== 'running') keyboard.text(ctx.t('campaigns-btn-delete'), callbackData(A.deleteAsk, account.id, id)).row();
  return keyboard.text(ctx.t('campaigns-btn-back-to-list'), callbackData(A.list, account.id, filterCode(back.filter), back.page));
}

export function bulkCardView(ctx: BotContext, granted: Granted, bulk: Bulk, back: ListPosition): CampaignView {
  return { text: cardText(ctx, bulk), keyboard: cardKeyboard(ctx, granted, bulk, back) };
}
