/**
 * Showing a campaign's card, or — when the campaign was deleted meanwhile (by a teammate, on the portal) — saying
 * so and showing the list it was in, without the campaign.
 */
import { type AutocallApi, isAutocallError } from '../../../../api/index.js';
import type { BotContext } from '../../../context.js';
import { type CampaignView, showCampaignView, type ShowOptions } from './campaign-view.js';
import type { Granted } from '../../../auth/guarded-tap.js';
import type { ListPosition } from './summary-list.js';
import { forgetRow } from './summary-snapshot.js';

export interface CardSource<T> {
  ownActions: ReadonlySet<string>;
  /** The kept list snapshot, and the Fluent key saying the campaign is gone. */
  snapshotKind: string;
  goneKey: string;
  load(api: AutocallApi, id: number): Promise<T>;
  view(ctx: BotContext, granted: Granted, campaign: T, back: ListPosition): CampaignView;
  /** The list at `at`; `fresh` reads AutoCall again instead of the kept snapshot. */
  listView(ctx: BotContext, granted: Granted, at: ListPosition, fresh: boolean): Promise<CampaignView>;
}

/** Options of a card shown by a tap; the menu's own actions come from its source. */
export type CardOptions = Omit<ShowOptions, 'ownActions'>;

/** The card, or the list it was in when the campaign is gone. */
export async function showCardOrList<T>(
  ctx: BotContext,
  source: CardSource<T>,
  granted: Granted,
  id: number,
  back: ListPosition,
  options: CardOptions = {},
): Promise<void> {
  const api = await ctx.deps.apis.forAccount(granted.account);
  let campaign: T;
  try {
    campaign = await source.load(api, id);
  } catch (error) {
    if (!isAutocallError(error) || error.kind !== 'not_found') throw error;
    await forgetRow(ctx, granted.account.id, source.snapshotKind, id);
    if (!options.answered) await ctx.answerCallbackQuery({ text: ctx.t(source.goneKey), show_alert: true });
    await showCampaignView(ctx, await source.listView(ctx, granted, back, false), { ownActions: source.ownActions, answered: true });
    return;
  }
  await showCampaignView(ctx, source.view(ctx, granted, campaign, back), { ...options, ownActions: source.ownActions });
}
