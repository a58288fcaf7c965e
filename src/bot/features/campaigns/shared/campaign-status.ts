/**
 * Statuses of call and SMS campaigns (the contract gives both the same five), as icons, labels and the status
 * filter of the lists. A filter travels in callback data as its place in `STATUS_FILTERS` (buttons carry numbers).
 */
import { campaignStatuses } from '../../../../api/index.js';
import type { BotContext } from '../../../context.js';

export type CampaignStatus = (typeof campaignStatuses)[number];
export type StatusFilter = 'all' | CampaignStatus;

/** The filter buttons, in the order a person scans them: what is live first, history last. */
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'running', 'awaiting', 'moderation', 'completed', 'denied'];

const STATUS_ICON: Record<CampaignStatus, string> = { running: '▶️', awaiting: '⏳', moderation: '🛡', completed: '✅', denied: '⛔' };

export function isCampaignStatus(status: string | undefined): status is CampaignStatus {
  return (campaignStatuses as readonly (string | undefined)[]).includes(status);
}

export function filterCode(filter: StatusFilter): number {
  return STATUS_FILTERS.indexOf(filter);
}

/** The filter a button names; anything unknown (an old or forged button) shows everything. */
export function filterFromCode(code: number | undefined): StatusFilter {
  return (code === undefined ? undefined : STATUS_FILTERS[code]) ?? 'all';
}

export function statusIcon(status: string | undefined): string {
  return isCampaignStatus(status) ? STATUS_ICON[status] : '❔';
}

/** "✅ completed"; a status newer than this bot is shown as AutoCall sent it. */
export function statusText(ctx: BotContext, status: string | undefined): string {
  if (!isCampaignStatus(status)) return `${statusIcon(status)} ${status ?? '—'}`;
  return `${STATUS_ICON[status]} ${ctx.t(`campaign-status-${status}`)}`;
}

/** Only campaigns that have not started yet can be rescheduled (PUT is refused otherwise). */
export function isReschedulable(status: string | undefined): boolean {
  return status === 'awaiting' || status === 'moderation';
}
