/**
 * Looking at call campaigns: the list (filter, pages, Refresh), a campaign's card (also reached from alerts and
 * other features through `links.campaign`), its calls page by page, and one call. All of it needs `view`.
 */
import { Composer } from 'grammy';
import { linkPatterns } from '../../links.js';
import type { BotContext } from '../../context.js';
import { OWN_ACTIONS, P } from './actions.js';
import { type CampaignDetails, campaignCardView, loadCampaign } from './campaign-card.js';
import { campaignListView, CAMPAIGNS_KIND } from './campaign-list.js';
import { callsPageView, callView } from './calls-view.js';
import { type CardSource, showCardOrList } from './shared/card-or-list.js';
import { showCampaignView, type ShowOptions } from './shared/campaign-view.js';
import { type Granted, idArg, onTap, pageArg, staleTap } from './shared/on-tap.js';
import { LIST_START, listPositionOf, type ListPosition } from './shared/summary-list.js';

export const browseHandlers = new Composer<BotContext>();

const CARD: CardSource<CampaignDetails> = {
  ownActions: OWN_ACTIONS,
  snapshotKind: CAMPAIGNS_KIND,
  goneKey: 'campaigns-gone',
  load: loadCampaign,
  view: campaignCardView,
  listView: (ctx, granted, back) => campaignListView(ctx, granted, back, false),
};

/** The card, or the list when the campaign is gone. */
export function showCampaignCard(ctx: BotContext, granted: Granted, id: number, back: ListPosition, options: Omit<ShowOptions, 'ownActions'> = {}): Promise<void> {
  return showCardOrList(ctx, CARD, granted, id, back, options);
}

onTap(browseHandlers, P.list, 'view', async (ctx, granted, [filter, page]) => {
  await showCampaignView(ctx, await campaignListView(ctx, granted, listPositionOf(filter, page), false), { ownActions: OWN_ACTIONS });
});

onTap(browseHandlers, P.refreshList, 'view', async (ctx, granted, [filter, page]) => {
  await showCampaignView(ctx, await campaignListView(ctx, granted, listPositionOf(filter, page), true), { ownActions: OWN_ACTIONS, unchanged: ctx.t('campaigns-unchanged') });
});

onTap(browseHandlers, P.card, 'view', async (ctx, granted, [rawId, filter, page]) => {
  const id = idArg(rawId);
  if (id === null) return staleTap(ctx);
  await showCampaignCard(ctx, granted, id, listPositionOf(filter, page), { unchanged: ctx.t('campaigns-unchanged') });
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
