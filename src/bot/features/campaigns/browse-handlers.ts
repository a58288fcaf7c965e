/**
 * Looking at call campaigns: the list (filter, pages, Refresh), a campaign's card (also reached from alerts and
 * other features through `links.campaign`), its calls page by page, and one call. All of it needs `view`.
 */
import { Composer } from 'grammy';
import type { Autocall, Call } from '../../../api/index.js';
import type { BotContext } from '../../context.js';
import { linkPatterns } from '../../links.js';
import { OWN_ACTIONS, P } from './actions.js';
import { type CampaignDetails, campaignCardView, loadCampaign } from './campaign-card.js';
import { campaignListView, CAMPAIGNS_KIND } from './campaign-list.js';
import { callsPageView, callView } from './calls-view.js';
import { type BrowseMenu, type RecipientsMenu, registerBrowse, registerRecipients } from './shared/browse-taps.js';

export const browseHandlers = new Composer<BotContext>();

/** Call campaigns as their list and card show them (Delete and Relaunch come back to these). */
export const CAMPAIGNS: BrowseMenu<CampaignDetails> = {
  ownActions: OWN_ACTIONS,
  snapshotKind: CAMPAIGNS_KIND,
  goneKey: 'campaigns-gone',
  load: loadCampaign,
  view: campaignCardView,
  listView: campaignListView,
  patterns: { list: P.list, refreshList: P.refreshList, card: P.card, link: linkPatterns.campaign },
};

const CALLS: RecipientsMenu<Autocall, Call> = {
  ownActions: OWN_ACTIONS,
  patterns: { page: P.calls, one: P.call },
  read: (api, id, query) => api.autocalls.get(id, query),
  recipientsOf: (autocall) => autocall.calls,
  readOne: (api, id) => api.calls.get(id),
  campaignIdOf: (call) => call.autocall_id,
  pageView: callsPageView,
  oneView: callView,
};

registerBrowse(browseHandlers, CAMPAIGNS);
registerRecipients(browseHandlers, CALLS);
