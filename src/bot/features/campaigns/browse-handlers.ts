/**
 * Looking at call campaigns: the list (filter, pages, Refresh), a campaign's card (also reached from alerts and
 * other features through `links.campaign`), its calls page by page, and one call. All of it needs `view`.
 */
import { Composer } from 'grammy';
import { isAutocallError } from '../../../api/index.js';
import { linkPatterns } from '../../links.js';
import type { BotContext } from '../../context.js';
import { OWN_ACTIONS, P } from './actions.js';
import { campaignCardView, loadCampaign } from './campaign-card.js';
import { campaignListView, CAMPAIGNS_KIND } from './campaign-list.js';
import { callsPageView, callView } from './calls-view.js';
import { filterFromCode } from './shared/campaign-status.js';
import { showCampaignView, type ShowOptions } from './shared/campaign-view.js';
import { type Granted, idArg, onTap, pageArg, staleTap } from './shared/on-tap.js';
import { LIST_START, type ListPosition } from './shared/summary-list.js';
import { forgetRow } from './shared/summary-snapshot.js';

export const browseHandlers = new Composer<BotContext>();

function listPosition(filter: string | undefined, page: string | undefined): ListPosition {
  return { filter: filterFromCode(filter), page: Number(page) || 0 };
}

/** The card; a campaign deleted meanwhile (by a teammate, on the portal) is said so, and the list shown instead. */
export async function showCampaignCard(ctx: BotContext, granted: Granted, id: number, back: ListPosition, options: Omit<ShowOptions, 'ownActions'> = {}): Promise<void> {
  const api = await ctx.deps.apis.forAccount(granted.account);
  try {
    const details = await loadCampaign(api, id);
    await showCampaignView(ctx, campaignCardView(ctx, granted, details, back), { ...options, ownActions: OWN_ACTIONS });
  } catch (error) {
    if (!isAutocallError(error) || error.kind !== 'not_found') throw error;
    await forgetRow(ctx, granted.account.id, CAMPAIGNS_KIND, id);
    if (!options.answered) await ctx.answerCallbackQuery({ text: ctx.t('campaigns-gone'), show_alert: true });
    await showCampaignView(ctx, await campaignListView(ctx, granted, back, false), { ownActions: OWN_ACTIONS, answered: true });
  }
}

onTap(browseHandlers, P.list, 'view', async (ctx, granted, [filter, page]) => {
  await showCampaignView(ctx, await campaignListView(ctx, granted, listPosition(filter, page), false), { ownActions: OWN_ACTIONS });
});

onTap(browseHandlers, P.refreshList, 'view', async (ctx, granted, [filter, page]) => {
  await showCampaignView(ctx, await campaignListView(ctx, granted, listPosition(filter, page), true), { ownActions: OWN_ACTIONS, unchanged: ctx.t('campaigns-unchanged') });
});

onTap(browseHandlers, P.card, 'view', async (ctx, granted, [rawId, filter, page]) => {
  const id = idArg(rawId);
  if (id === null) return staleTap(ctx);
  await showCampaignCard(ctx, granted, id, listPosition(filter, page), { unchanged: ctx.t('campaigns-unchanged') });
});

onTap(browseHandlers, linkPatterns.campaign, 'view', async (ctx, granted, [rawId]) => {
  const id = idArg(rawId);
  if (id === null) return staleTap(ctx);
  await showCampaignCard(ctx, granted, id, LIST_START, { unchanged: ctx.t('campaigns-unchanged') });
});

onTap(browseHandlers, P.calls, 'view', async (ctx, granted, [rawId, rawPage]) => {
  const id = idArg(rawId);
  if (id === null) return staleTap(ctx);
  const api = await ctx.deps.apis.forAccount(granted.account);
  const autocall = await api.autocalls.get(id, { page: pageArg(rawPage) });
  await showCampaignView(ctx, callsPageView(ctx, granted.account, autocall), { ownActions: OWN_ACTIONS });
});

onTap(browseHandlers, P.call, 'view', async (ctx, granted, [rawAutocallId, rawCallId, rawPage]) => {
  const autocallId = idArg(rawAutocallId);
  const callId = idArg(rawCallId);
  if (autocallId === null || callId === null) return staleTap(ctx);
  const api = await ctx.deps.apis.forAccount(granted.account);
  const [autocall, call] = await Promise.all([api.autocalls.get(autocallId), api.calls.get(callId)]);
  if (call.autocall_id !== autocallId) return staleTap(ctx);
  await showCampaignView(ctx, callView(ctx, granted.account, autocall, call, pageArg(rawPage)), { ownActions: OWN_ACTIONS });
});
