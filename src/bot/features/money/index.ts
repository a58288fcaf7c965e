/**
 * Money: `/balance` (balance, reserved, tariff; Top up), `/payments` (turnover and transactions, paged) and
 * `/dashboard` (the figures and the week's chart as an image). Viewers and up see them; Top up is for managers and
 * up and goes to the top-up wizard through `links.topUp`.
 */
import { Composer } from 'grammy';
import { type Access, accessTo, accessToCurrent, refuse } from '../../auth/guard.js';
import type { BotContext } from '../../context.js';
import { show } from '../../show.js';
import type { Feature } from '../feature.js';
import { balanceView, loadBalance } from './balance-view.js';
import { sendDashboard } from './dashboard.js';
import { moneyPatterns } from './money-callbacks.js';
import { loadPaymentsPage, paymentsView } from './payments-view.js';

type Granted = Extract<Access, { ok: true }>;

async function showBalance(ctx: BotContext, access: Granted): Promise<void> {
  const api = await ctx.deps.apis.forAccount(access.account);
  await show(ctx, balanceView(ctx, access.account, access.role, await loadBalance(ctx.deps, api)));
}

async function showPayments(ctx: BotContext, access: Granted, page: number): Promise<void> {
  const api = await ctx.deps.apis.forAccount(access.account);
  await show(ctx, paymentsView(ctx, access.account, await loadPaymentsPage(api, page)));
}

async function showDashboard(ctx: BotContext, access: Granted): Promise<void> {
  await sendDashboard(ctx, access.account, await ctx.deps.apis.forAccount(access.account));
}

/** A command acts on the current account; a tap on the account its button names, checked afresh. */
function fromCommand(open: (ctx: BotContext, access: Granted) => Promise<void>) {
  return async (ctx: BotContext): Promise<void> => {
    const access = accessToCurrent(ctx, 'view');
    if (!access.ok) return refuse(ctx, access, 'view');
    await open(ctx, access);
  };
}

async function tapAccess(ctx: BotContext, accountId: string | undefined): Promise<Granted | null> {
  const access = await accessTo(ctx, accountId ?? '', 'view');
  if (access.ok) return access;
  await refuse(ctx, access, 'view');
  return null;
}

export const openBalance = fromCommand(showBalance);

const composer = new Composer<BotContext>();
composer.command('balance', openBalance);
composer.command('payments', fromCommand((ctx, access) => showPayments(ctx, access, 0)));
composer.command('dashboard', fromCommand(showDashboard));

composer.callbackQuery(moneyPatterns.balance, async (ctx) => {
  const access = await tapAccess(ctx, ctx.match[1]);
  if (access) await showBalance(ctx, access);
});
composer.callbackQuery(moneyPatterns.payments, async (ctx) => {
  const access = await tapAccess(ctx, ctx.match[1]);
  if (access) await showPayments(ctx, access, Number(ctx.match[2]));
});
composer.callbackQuery(moneyPatterns.dashboard, async (ctx) => {
  const access = await tapAccess(ctx, ctx.match[1]);
  if (access) await showDashboard(ctx, access);
});

export const moneyFeature: Feature = {
  name: 'money',
  composer,
  menu: [{ labelKey: 'menu-money', permission: 'view', open: openBalance }],
  commands: [
    { command: 'balance', permission: 'view', scopes: ['private', 'group'] },
    { command: 'payments', permission: 'view', scopes: ['private', 'group'] },
    { command: 'dashboard', permission: 'view', scopes: ['private', 'group'] },
  ],
};
