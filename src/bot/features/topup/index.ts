/**
 * `/topup` and every "Top up" button (a 402, a low-balance alert, the balance card): the top-up wizard for the
 * account the button names, after the role check (manager and up).
 */
import { Composer } from 'grammy';
import { TOPUP_PRESETS } from '../../../conversations/topup/amount-step.js';
import { TOPUP_WIZARD, type TopUpArgs, topUpWizard } from '../../../conversations/topup/topup-wizard.js';
import { accessTo, accessToCurrent, refuse } from '../../auth/guard.js';
import type { BotContext } from '../../context.js';
import { linkPatterns } from '../../links.js';
import type { Feature } from '../feature.js';

async function enter(ctx: BotContext, args: TopUpArgs): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(TOPUP_WIZARD, args);
}

async function openTopUp(ctx: BotContext): Promise<void> {
  const access = accessToCurrent(ctx, 'money.topup');
  if (!access.ok) return refuse(ctx, access, 'money.topup');
  await enter(ctx, { accountId: access.account.id });
}

const composer = new Composer<BotContext>();
composer.command('topup', openTopUp);
composer.callbackQuery(linkPatterns.topUp, async (ctx) => {
  const accountId = ctx.match[1] ?? '';
  const access = await accessTo(ctx, accountId, 'money.topup');
  if (!access.ok) return refuse(ctx, access, 'money.topup');
  await enter(ctx, { accountId });
});
composer.callbackQuery(linkPatterns.topUpAmount, async (ctx) => {
  const accountId = ctx.match[1] ?? '';
  const access = await accessTo(ctx, accountId, 'money.topup');
  if (!access.ok) return refuse(ctx, access, 'money.topup');
  const amount = Number(ctx.match[2]);
  // Only the amounts the bot itself offers are taken from a button; anything else asks.
  await enter(ctx, (TOPUP_PRESETS as readonly number[]).includes(amount) ? { accountId, amount } : { accountId });
});

export const topUpFeature: Feature = {
  name: 'topup',
  composer,
  wizards: [{ id: TOPUP_WIZARD, builder: topUpWizard }],
  menu: [{ labelKey: 'menu-topup', permission: 'money.topup', open: openTopUp }],
  commands: [{ command: 'topup', permission: 'money.topup', scopes: ['private'] }],
};
