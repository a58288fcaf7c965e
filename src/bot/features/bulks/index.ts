/**
 * `/bulks`: the account's SMS campaigns — list by status, card, messages and their delivery, CSV export, delete.
 * Owns the `links.bulk` tap, which alerts and other features send here.
 */
import { Composer } from 'grammy';
import { accessToCurrent, refuse } from '../../auth/guard.js';
import type { BotContext } from '../../context.js';
import { show } from '../../show.js';
import { LIST_START } from '../campaigns/shared/summary-list.js';
import type { Feature } from '../feature.js';
import { bulkListView } from './bulk-list.js';
import { bulkHandlers } from './handlers.js';

/** The command and the main menu: the list, read afresh, in place of the menu or as a new message. */
export async function openBulks(ctx: BotContext): Promise<void> {
  const access = accessToCurrent(ctx, 'view');
  if (!access.ok) return refuse(ctx, access, 'view');
  await show(ctx, await bulkListView(ctx, access, LIST_START, true));
}

const composer = new Composer<BotContext>();
composer.command('bulks', openBulks);
composer.use(bulkHandlers);

export const bulksFeature: Feature = {
  name: 'bulks',
  composer,
  menu: [{ labelKey: 'menu-bulks', permission: 'view', open: openBulks }],
  commands: [{ command: 'bulks', permission: 'view', scopes: ['private', 'group'] }],
};
