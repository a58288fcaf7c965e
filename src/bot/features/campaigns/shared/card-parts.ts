/**
 * What the call and the SMS campaign cards show alike: the cost line (the final cost once AutoCall has it, the
 * reserved maximum until then) and the actions, each offered only when the campaign's state and the person's role
 * allow it (and re-checked when tapped: a card may be minutes old).
 */
import { InlineKeyboard } from 'grammy';
import { formatMoney } from '../../../../domain/format/index.js';
import type { Granted } from '../../../auth/guarded-tap.js';
import { roleAllows } from '../../../auth/permissions.js';
import { callbackData } from '../../../callback-data.js';
import type { BotContext } from '../../../context.js';
import { filterCode, isReschedulable } from './campaign-status.js';
import type { ListPosition } from './summary-list.js';

export function costLine(ctx: BotContext, campaign: { max_cost?: number | null | undefined; final_cost?: number | null | undefined }): string {
  const lang = ctx.viewer.lang;
  const max = formatMoney(campaign.max_cost ?? 0, lang);
  return campaign.final_cost === null || campaign.final_cost === undefined
    ? ctx.t('campaign-card-cost', { max })
    : ctx.t('campaign-card-final-cost', { final: formatMoney(campaign.final_cost, lang), max });
}

/** A button: its label and callback data. */
interface Button {
  label: string;
  data: string;
}

export interface CardActions {
  campaign: { id: number; status?: string | undefined };
  /** The menu's actions: the card (Refresh), the list (Back) and the delete question. */
  actions: { card: string; list: string; deleteAsk: string };
  /** The recipients' first page, the export, and the edit of the schedule. */
  recipients: Button;
  exportData: string;
  editSchedule: string;
  /** Buttons only this kind of campaign has, for those who launch campaigns (Relaunch), before Delete. */
  launcherExtras?: Button[];
}

export function cardKeyboard(ctx: BotContext, { account, role }: Granted, spec: CardActions, back: ListPosition): InlineKeyboard {
  const { id, status } = spec.campaign;
  const canLaunch = roleAllows(role, 'campaign.launch');
  const keyboard = new InlineKeyboard()
    .text(ctx.t('campaigns-btn-refresh'), callbackData(spec.actions.card, account.id, id, filterCode(back.filter), back.page))
    .row()
    .text(spec.recipients.label, spec.recipients.data)
    .text(ctx.t('campaigns-btn-export'), spec.exportData)
    .row();
  if (canLaunch && isReschedulable(status)) keyboard.text(ctx.t('campaigns-btn-edit-schedule'), spec.editSchedule).row();
  if (canLaunch) for (const extra of spec.launcherExtras ?? []) keyboard.text(extra.label, extra.data).row();
  if (canLaunch && status !== 'running') keyboard.text(ctx.t('campaigns-btn-delete'), callbackData(spec.actions.deleteAsk, account.id, id)).row();
  return keyboard.text(ctx.t('campaigns-btn-back-to-list'), callbackData(spec.actions.list, account.id, filterCode(back.filter), back.page));
}
