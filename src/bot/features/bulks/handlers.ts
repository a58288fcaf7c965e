/**
 * Looking at and acting on SMS campaigns: the list (filter, pages, Refresh), a bulk's card (also reached through
 * `links.bulk` from alerts and other features), its messages page by page and one message, the CSV export, and
 * Delete. Looking needs `view`; deleting needs `campaign.launch`.
 */
import { Composer } from 'grammy';
import type { Bulk } from '../../../api/index.js';
import { apiPageOf } from '../../api-pages.js';
import type { BotContext } from '../../context.js';
import { linkPatterns } from '../../links.js';
import { type CardSource, showCardOrList } from '../campaigns/shared/card-or-list.js';
import { showCampaignView, type ShowOptions } from '../campaigns/shared/campaign-view.js';
import { exportCsv } from '../campaigns/shared/csv-export.js';
import { registerDelete } from '../campaigns/shared/delete-flow.js';
import { type Granted, onTap } from '../../auth/guarded-tap.js';
import { staleTap } from '../campaigns/shared/stale-tap.js';
import { LIST_START, listPositionOf, type ListPosition } from '../campaigns/shared/summary-list.js';
import { A, OWN_ACTIONS, P } from './actions.js';
import { bulkCardView } from './bulk-card.js';
import { bulkListView, BULKS_KIND } from './bulk-list.js';
import { messagesExportSpec } from './messages-export.js';
import { messagesPageView, messageView } from './messages-view.js';

export const bulkHandlers = new Composer<BotContext>();

const CARD: CardSource<Bulk> = {
  ownActions: OWN_ACTIONS,
  snapshotKind: BULKS_KIND,
  goneKey: 'bulks-gone',
  load: (api, id) => api.bulks.get(id),
  view: bulkCardView,
  listView: (ctx, granted, back) => bulkListView(ctx, granted, back, false),
};

/** The card, or the list when the bulk is gone. */
function showBulkCard(ctx: BotContext, granted: Granted, id: number, back: ListPosition, options: Omit<ShowOptions, 'ownActions'> = {}): Promise<void> {
  return showCardOrList(ctx, CARD, granted, id, back, options);
}

onTap(bulkHandlers, P.list, 'view', async (ctx, granted, [filter, page]) => {
  await showCampaignView(ctx, await bulkListView(ctx, granted, listPositionOf(filter, page), false), { ownActions: OWN_ACTIONS });
});

onTap(bulkHandlers, P.refreshList, 'view', async (ctx, granted, [filter, page]) => {
  await showCampaignView(ctx, await bulkListView(ctx, granted, listPositionOf(filter, page), true), { ownActions: OWN_ACTIONS, unchanged: ctx.t('campaigns-unchanged') });
});

onTap(bulkHandlers, P.card, 'view', async (ctx, granted, [id = 0, filter, page]) => {
  await showBulkCard(ctx, granted, id, listPositionOf(filter, page), { unchanged: ctx.t('campaigns-unchanged') });
});

onTap(bulkHandlers, linkPatterns.bulk, 'view', async (ctx, granted, [id = 0]) => {
  await showBulkCard(ctx, granted, id, LIST_START, { unchanged: ctx.t('campaigns-unchanged') });
});

onTap(bulkHandlers, P.messages, 'view', async (ctx, granted, [id = 0, page = 0]) => {
  const api = await ctx.deps.apis.forAccount(granted.account);
  // The bulk comes with its first page of messages, which is always read first.
  let bulk: Bulk | undefined;
  const slice = await apiPageOf(async (apiPage) => {
    const read = await api.bulks.get(id, { page: apiPage });
    bulk ??= read;
    return read.messages;
  }, page);
  if (!bulk) return staleTap(ctx);
  await showCampaignView(ctx, messagesPageView(ctx, granted.account, bulk, slice), { ownActions: OWN_ACTIONS });
});

onTap(bulkHandlers, P.message, 'view', async (ctx, granted, [bulkId = 0, messageId = 0, page = 0]) => {
  const api = await ctx.deps.apis.forAccount(granted.account);
  const [bulk, message] = await Promise.all([api.bulks.get(bulkId), api.messages.get(messageId)]);
  if (message.bulk_id !== bulkId) return staleTap(ctx);
  await showCampaignView(ctx, messageView(ctx, granted.account, bulk, message, page), { ownActions: OWN_ACTIONS });
});

onTap(bulkHandlers, P.export, 'view', async (ctx, granted, [id = 0]) => {
  const api = await ctx.deps.apis.forAccount(granted.account);
  await exportCsv(ctx, messagesExportSpec(ctx, granted, api, await api.bulks.get(id)));
});

registerDelete(bulkHandlers, {
  actions: { ask: A.deleteAsk, yes: A.deleteYes, card: A.card },
  ownActions: OWN_ACTIONS,
  snapshotKind: BULKS_KIND,
  auditAction: 'bulk.delete',
  keys: { confirm: 'bulk-delete-confirm', running: 'bulk-delete-running', deleted: 'bulk-deleted' },
  read: (api, id) => api.bulks.get(id),
  remove: (api, id) => api.bulks.delete(id),
  showCard: (ctx, granted, id, options) => showBulkCard(ctx, granted, id, LIST_START, options),
  listView: (ctx, granted) => bulkListView(ctx, granted, LIST_START, false),
});
