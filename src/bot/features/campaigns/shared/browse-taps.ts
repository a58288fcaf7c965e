/**
 * Looking at campaigns, the same for call and SMS campaigns: the list (a filter's page, and Refresh reading
 * AutoCall again), a campaign's card (from its list, or from another feature's link), its recipients (calls,
 * messages) a page of AutoCall's at a time, and one recipient. All of it needs `view`.
 */
import type { Composer } from 'grammy';
import type { AutocallApi, Page, PageQuery } from '../../../../api/index.js';
import type { Account } from '../../../../store/index.js';
import { apiPageOf } from '../../../api-pages.js';
import { onTap } from '../../../auth/guarded-tap.js';
import type { BotContext } from '../../../context.js';
import type { PageSlice } from '../../../paging.js';
import { type CardSource, showCardOrList } from './card-or-list.js';
import { type CampaignView, showCampaignView } from './campaign-view.js';
import { staleTap } from './stale-tap.js';
import { LIST_START, listPositionOf } from './summary-list.js';

/** A kind of campaign as its list and card show it. */
export interface BrowseMenu<T> extends CardSource<T> {
  /** Taps: a page of the list and its Refresh (filter, page); the card (id, filter, page) and its link (id). */
  patterns: { list: RegExp; refreshList: RegExp; card: RegExp; link: RegExp };
}

/** A campaign's recipients: `C` the campaign as read with a page of them, `R` one recipient. */
export interface RecipientsMenu<C, R> {
  ownActions: ReadonlySet<string>;
  /** Taps: a page (campaign id, page from 0) and one recipient (campaign id, recipient id, page). */
  patterns: { page: RegExp; one: RegExp };
  /** The campaign with page `query.page` (from 1) of its recipients. */
  read(api: AutocallApi, id: number, query?: PageQuery): Promise<C>;
  recipientsOf(campaign: C): Page<R> | undefined;
  readOne(api: AutocallApi, id: number): Promise<R>;
  campaignIdOf(recipient: R): number;
  pageView(ctx: BotContext, account: Account, campaign: C, slice: PageSlice<R>): CampaignView;
  oneView(ctx: BotContext, account: Account, campaign: C, recipient: R, page: number): CampaignView;
}

/** Registers the list, Refresh, the card and the card's cross-feature link. */
export function registerBrowse<T>(composer: Composer<BotContext>, menu: BrowseMenu<T>): void {
  const own = { ownActions: menu.ownActions };
  onTap(composer, menu.patterns.list, 'view', async (ctx, granted, [filter, page]) => {
    await showCampaignView(ctx, await menu.listView(ctx, granted, listPositionOf(filter, page), false), own);
  });

  onTap(composer, menu.patterns.refreshList, 'view', async (ctx, granted, [filter, page]) => {
    await showCampaignView(ctx, await menu.listView(ctx, granted, listPositionOf(filter, page), true), { ...own, unchanged: ctx.t('campaigns-unchanged') });
  });

  onTap(composer, menu.patterns.card, 'view', async (ctx, granted, [id = 0, filter, page]) => {
    await showCardOrList(ctx, menu, granted, id, listPositionOf(filter, page), { unchanged: ctx.t('campaigns-unchanged') });
  });

  onTap(composer, menu.patterns.link, 'view', async (ctx, granted, [id = 0]) => {
    await showCardOrList(ctx, menu, granted, id, LIST_START, { unchanged: ctx.t('campaigns-unchanged') });
  });
}

/** Registers a page of a campaign's recipients and one recipient. */
export function registerRecipients<C, R>(composer: Composer<BotContext>, menu: RecipientsMenu<C, R>): void {
  const own = { ownActions: menu.ownActions };
  onTap(composer, menu.patterns.page, 'view', async (ctx, granted, [id = 0, page = 0]) => {
    const api = await ctx.deps.apis.forAccount(granted.account);
    // The campaign comes with its first page of recipients, which is always read first.
    let campaign: C | undefined;
    const slice = await apiPageOf(async (apiPage) => {
      const read = await menu.read(api, id, { page: apiPage });
      campaign ??= read;
      return menu.recipientsOf(read);
    }, page);
    if (campaign === undefined) return staleTap(ctx);
    await showCampaignView(ctx, menu.pageView(ctx, granted.account, campaign, slice), own);
  });

  onTap(composer, menu.patterns.one, 'view', async (ctx, granted, [campaignId = 0, recipientId = 0, page = 0]) => {
    const api = await ctx.deps.apis.forAccount(granted.account);
    const [campaign, recipient] = await Promise.all([menu.read(api, campaignId), menu.readOne(api, recipientId)]);
    if (menu.campaignIdOf(recipient) !== campaignId) return staleTap(ctx);
    await showCampaignView(ctx, menu.oneView(ctx, granted.account, campaign, recipient, page), own);
  });
}
