/**
 * Looking at call campaigns: the list (filter, pages, Refresh), a campaign's card (also reached from alerts and
 * other features through `links.campaign`), its calls page by page, and one call. All of it needs `view`.
 */
import { Composer } from 'grammy';
import type { Autocall } from '../../../api/index.js';
import { apiPageOf } from '../../api-pages.js';
import { type Granted, onTap } from '../../auth/guarded-tap.js';
import type { BotContext } from '../../context.js';
import { linkPatterns } from '../../links.js';
import { OWN_ACTIONS, P } from './actions.js';
import { type CampaignDetails, campaignCardView, loadCampaign } from './campaign-card.js';
import { campaignListView, CAMPAIGNS_KIND } from './campaign-list.js';
import { callsPageView, callView } from './calls-view.js';
import { type CardSource, showCardOrList } from './shared/card-or-list.js';
import { showCampaignView, type ShowOptions } from './shared/campaign-view.js';
import { staleTap } from './shared/stale-tap.js';
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

onTap(browseHandlers, P.card, 'view', async (ctx, granted, [id = 0, filter, page]) => {
  await showCampaignCard(ctx, granted, id, listPositionOf(filter, page), { unchanged: ctx.t('campaigns-unchanged') });
});

onTap(browseHandlers, linkPatterns.campaign, 'view', async (ctx, granted, [id = 0]) => {
  await showCampaignCard(ctx, granted, id, LIST_START, { unchanged: ctx.t('campaigns-unchanged') });
});

onTap(browseHandlers, P.calls, 'view', async (ctx, granted, [id = 0, page = 0]) => {
  const api = await ctx.deps.apis.forAccount(granted.account);
  // The campaign comes with its first page of calls, which is always read first.
  let autocall: Autocall | undefined;
  const slice = await apiPageOf(async (apiPage) => {
    const read = await api.autocalls.get(id, { page: apiPage });
    autocall ??= read;
    return read.calls;
  }, page);
  if (!autocall) return staleTap(ctx);
  await showCampaignView(ctx, callsPageView(ctx, granted.account, autocall, slice), { ownActions: OWN_ACTIONS });
});

onTap(browseHandlers, P.call, 'view', async (ctx, granted, [autocallId = 0, callId = 0, page = 0]) => {
  const api = await ctx.deps.apis.forAccount(granted.account);
  const [autocall, call] = await Promise.all([api.autocalls.get(autocallId), api.calls.get(callId)]);
  if (call.autocall_id !== autocallId) return staleTap(ctx);
  await showCampaignView(ctx, callView(ctx, granted.account, autocall, call, page), { ownActions: OWN_ACTIONS });
});
