/** `/bulks`: the account's SMS campaigns, newest first, filtered by status and paged. */
import { roleAllows } from '../../auth/permissions.js';
import type { BotContext } from '../../context.js';
import { links } from '../../links.js';
import type { CampaignView } from '../campaigns/shared/campaign-view.js';
import type { Granted } from '../../auth/guarded-tap.js';
import { type ListPosition, summaryListView, type SummaryListSpec } from '../campaigns/shared/summary-list.js';
import { loadSnapshot } from '../campaigns/shared/summary-snapshot.js';
import { A } from './actions.js';

/** Names the kept snapshot of SMS campaigns. */
export const BULKS_KIND = 'bulks';

const LIST_SPEC: SummaryListSpec = {
  actions: { list: A.list, refresh: A.refreshList, card: A.card },
  keys: { title: 'bulks-list', empty: 'bulks-list-empty' },
  extra: (ctx, { account, role }) => (roleAllows(role, 'campaign.launch') ? [{ label: ctx.t('bulks-btn-new'), data: links.newSms(account.id) }] : []),
};

/** The list at `at`; `fresh` reads AutoCall again instead of the snapshot kept from the last reading. */
export async function bulkListView(ctx: BotContext, granted: Granted, at: ListPosition, fresh: boolean): Promise<CampaignView> {
  const api = await ctx.deps.apis.forAccount(granted.account);
  const snapshot = await loadSnapshot(ctx, granted.account.id, { kind: BULKS_KIND, fetchPage: (page) => api.bulks.list({ page, order: 'desc' }) }, at, fresh);
  return summaryListView(ctx, LIST_SPEC, granted, snapshot, at);
}
