/**
 * `/callerids`: rented caller IDs for everyone in the team to see; renting one (a wizard, as it spends money) and
 * releasing one early (confirmed: the rent is not refunded) are the owner's. Owns `links.callerIds`, which the
 * CallerIdExpiringSoon alert and the settings card open.
 */
import { Composer } from 'grammy';
import { RENT_CALLER_ID_WIZARD, rentCallerIdWizard } from '../../../conversations/rent-caller-id/rent-caller-id-wizard.js';
import { accessToCurrent, refuse } from '../../auth/guard.js';
import { type Granted, onTap } from '../../auth/guarded-tap.js';
import type { BotContext } from '../../context.js';
import { linkPatterns } from '../../links.js';
import { recordAction } from '../../record-action.js';
import { show } from '../../show.js';
import type { Feature } from '../feature.js';
import { callerIdPattern } from './caller-id-callbacks.js';
import { callerIdsView, releaseConfirmView, rentalNumber } from './caller-ids-view.js';

async function showList(ctx: BotContext, granted: Granted, noticeHtml = ''): Promise<void> {
  const list = await (await ctx.deps.apis.forAccount(granted.account)).callerIds.list();
  await show(ctx, callerIdsView(ctx, granted.account.id, granted.role, list, noticeHtml));
}

export async function openCallerIds(ctx: BotContext): Promise<void> {
  const access = accessToCurrent(ctx, 'view');
  if (!access.ok) return refuse(ctx, access, 'view');
  await showList(ctx, access);
}

const composer = new Composer<BotContext>();
composer.command('callerids', openCallerIds);
onTap(composer, linkPatterns.callerIds, 'view', (ctx, granted) => showList(ctx, granted));

onTap(composer, callerIdPattern('rent', 0), 'settings.edit', async (ctx, granted) => {
  await ctx.answerCallbackQuery();
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(RENT_CALLER_ID_WIZARD, { accountId: granted.account.id });
});

/** The rental as AutoCall lists it now; a tap on one released or expired meanwhile shows the list again. */
async function rentalOf(ctx: BotContext, granted: Granted, rentalId: number) {
  const list = await (await ctx.deps.apis.forAccount(granted.account)).callerIds.list();
  return list.data?.find((rental) => rental.id === rentalId);
}

onTap(composer, callerIdPattern('releaseAsk', 1), 'settings.edit', async (ctx, granted, [rentalId = 0]) => {
  const rental = await rentalOf(ctx, granted, rentalId);
  if (!rental) return showList(ctx, granted, ctx.t('callerids-gone'));
  await show(ctx, releaseConfirmView(ctx, granted.account.id, rental));
});

onTap(composer, callerIdPattern('releaseYes', 1), 'settings.edit', async (ctx, granted, [rentalId = 0]) => {
  const rental = await rentalOf(ctx, granted, rentalId);
  if (!rental) return showList(ctx, granted, ctx.t('callerids-gone'));
  await (await ctx.deps.apis.forAccount(granted.account)).callerIds.release(rentalId);
  await recordAction(ctx, granted.account.id, 'callerid.release', `${rental.number ?? `#${rentalId}`} (until ${rental.rented_until ?? '?'})`);
  await showList(ctx, granted, ctx.t('callerids-released', { number: rentalNumber(rental) }));
});

export const callerIdsFeature: Feature = {
  name: 'caller-ids',
  composer,
  wizards: [{ id: RENT_CALLER_ID_WIZARD, builder: rentCallerIdWizard }],
  menu: [{ labelKey: 'menu-callerids', permission: 'view', open: openCallerIds }],
  commands: [{ command: 'callerids', permission: 'view', scopes: ['private'] }],
};
