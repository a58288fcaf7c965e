/** `/campaigns`: the account's call campaigns, newest first, filtered by status and paged. */
import { roleAllows } from '../../auth/permissions.js';
import type { BotContext } from '../../context.js';
import { links } from '../../links.js';
import { A } from './actions.js';
import type { CampaignView } from './shared/campaign-view.js';
import type { Granted } from '../../auth/guarded-tap.js';
import { type ListPosition, summaryListView, type SummaryListSpec } from './shared/summary-list.js';
import { loadSnapshot } from './shared/summary-snapshot.js';

/** Names the kept snapshot of call campaigns. */
export const CAMPAIGNS_KIND = 'autocalls';

const LIST_SPEC: SummaryListSpec = {
  actions: { list: A.list, refresh: A.refreshList, card: A.card },
  keys: { title: 'campaigns-list', empty: 'campaigns-list-empty' },
  extra: (ctx, { account, role }) => (roleAllows(role, 'campaign.launch') ? [{ label: ctx.t('campaigns-btn-new'), data: links.newCall(account.id) }] : []),
};

/** The list at `at`; `fresh` reads AutoCall again instead of the snapshot kept from the last reading. */
export async function campaignListView(ctx: BotContext, granted: Granted, at: ListPosition, fresh: boolean): Promise<CampaignView> {
  const api = await ctx.deps.apis.forAccount(granted.account);
  const snapshot = await loadSnapshot(ctx, granted.account.id, { kind: CAMPAIGNS_KIND, fetchPage: (page) => api.autocalls.list({ page, order: 'desc' }) }, at, fresh);
  return summaryListView(ctx, LIST_SPEC, granted, snapshot, at);
}
