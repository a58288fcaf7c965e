/**
 * `/campaigns`: the account's call campaigns — list by status, card, calls, recordings, CSV export, delete and
 * relaunch of the numbers not reached. Owns the `links.campaign`, `campaignRelaunch` and `campaignExport` taps,
 * which alerts and other features send here.
 */
import { Composer } from 'grammy';
import { accessToCurrent, refuse } from '../../auth/guard.js';
import type { BotContext } from '../../context.js';
import { show } from '../../show.js';
import type { Feature } from '../feature.js';
import { actionHandlers } from './action-handlers.js';
import { browseHandlers } from './browse-handlers.js';
import { campaignListView } from './campaign-list.js';
import { LIST_START } from './shared/summary-list.js';

/** The command and the main menu: the list, read afresh, in place of the menu or as a new message. */
export async function openCampaigns(ctx: BotContext): Promise<void> {
  const access = accessToCurrent(ctx, 'view');
  if (!access.ok) return refuse(ctx, access, 'view');
  await show(ctx, await campaignListView(ctx, access, LIST_START, true));
}

const composer = new Composer<BotContext>();
composer.command('campaigns', openCampaigns);
composer.use(browseHandlers, actionHandlers);

export const campaignsFeature: Feature = {
  name: 'campaigns',
  composer,
  menu: [{ labelKey: 'menu-campaigns', permission: 'view', open: openCampaigns }],
  commands: [{ command: 'campaigns', permission: 'view', scopes: ['private', 'group'] }],
};
