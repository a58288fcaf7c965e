/**
 * Looking at and acting on SMS campaigns: the list (filter, pages, Refresh), a bulk's card (also reached through
 * `links.bulk` from alerts and other features), its messages page by page and one message, the CSV export, and
 * Delete. Looking needs `view`; deleting needs `campaign.launch`.
 */
import { Composer } from 'grammy';
import type { Bulk, Message } from '../../../api/index.js';
import { onTap } from '../../auth/guarded-tap.js';
import type { BotContext } from '../../context.js';
import { linkPatterns } from '../../links.js';
import { type BrowseMenu, type RecipientsMenu, registerBrowse, registerRecipients } from '../campaigns/shared/browse-taps.js';
import { exportCsv } from '../campaigns/shared/csv-export.js';
import { registerDelete } from '../campaigns/shared/delete-flow.js';
import { A, OWN_ACTIONS, P } from './actions.js';
import { bulkCardView } from './bulk-card.js';
import { bulkListView, BULKS_KIND } from './bulk-list.js';
import { messagesExportSpec } from './messages-export.js';
import { messagesPageView, messageView } from './messages-view.js';

export const bulkHandlers = new Composer<BotContext>();

const BULKS: BrowseMenu<Bulk> = {
  ownActions: OWN_ACTIONS,
  snapshotKind: BULKS_KIND,
  goneKey: 'bulks-gone',
  load: (api, id) => api.bulks.get(id),
  view: bulkCardView,
  listView: bulkListView,
  patterns: { list: P.list, refreshList: P.refreshList, card: P.card, link: linkPatterns.bulk },
};

const MESSAGES: RecipientsMenu<Bulk, Message> = {
  ownActions: OWN_ACTIONS,
  patterns: { page: P.messages, one: P.message },
  read: (api, id, query) => api.bulks.get(id, query),
  recipientsOf: (bulk) => bulk.messages,
  readOne: (api, id) => api.messages.get(id),
  campaignIdOf: (message) => message.bulk_id,
  pageView: messagesPageView,
  oneView: messageView,
};

registerBrowse(bulkHandlers, BULKS);
registerRecipients(bulkHandlers, MESSAGES);

onTap(bulkHandlers, P.export, 'view', async (ctx, granted, [id = 0]) => {
  const api = await ctx.deps.apis.forAccount(granted.account);
  await exportCsv(ctx, messagesExportSpec(ctx, granted, api, await api.bulks.get(id)));
});

registerDelete(bulkHandlers, BULKS, {
  actions: { ask: A.deleteAsk, yes: A.deleteYes, card: A.card },
  auditAction: 'bulk.delete',
  keys: { confirm: 'bulk-delete-confirm', running: 'bulk-delete-running', deleted: 'bulk-deleted' },
  read: (api, id) => api.bulks.get(id),
  remove: (api, id) => api.bulks.delete(id),
});
