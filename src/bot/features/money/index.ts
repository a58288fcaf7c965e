/**
 * Money: `/balance` (balance, reserved, tariff; Top up), `/payments` (turnover and transactions, paged) and
 * `/dashboard` (the figures and the week's chart as an image). Viewers and up see them; Top up is for managers and
 * up and goes to the top-up wizard through `links.topUp`.
 */
import { Composer } from 'grammy';
import { accessToCurrent, refuse } from '../../auth/guard.js';
import { type Granted, onTap } from '../../auth/guarded-tap.js';
import type { BotContext } from '../../context.js';
import { show } from '../../show.js';
import type { Feature } from '../feature.js';
import { balanceView, loadBalance } from './balance-view.js';
import { sendDashboard } from './dashboard.js';
import { moneyPatterns } from './money-callbacks.js';
import { loadPaymentsPage, paymentsView } from './payments-view.js';

async function showBalance(ctx: BotContext, granted: Granted): Promise<void> {
  const api = await ctx.deps.apis.forAccount(granted.account);
  await show(ctx, balanceView(ctx, granted.account, granted.role, await loadBalance(ctx.deps, api)));
}

async function showPayments(ctx: BotContext, granted: Granted, page: number): Promise<void> {
  const api = await ctx.deps.apis.forAccount(granted.account);
  await show(ctx, paymentsView(ctx, granted.account, await loadPaymentsPage(api, page)));
}

async function showDashboard(ctx: BotContext, granted: Granted): Promise<void> {
  await sendDashboard(ctx, granted.account, await ctx.deps.apis.forAccount(granted.account));
}

/** A command acts on the current account (a tap names its own, checked afresh by `onTap`). */
function command(open: (ctx: BotContext, granted: Granted) => Promise<void>) {
  return async (ctx: BotContext): Promise<void> => {
    const access = accessToCurrent(ctx, 'view');
    if (!access.ok) return refuse(ctx, access, 'view');
    await open(ctx, access);
  };
}

export const openBalance = command(showBalance);

const composer = new Composer<BotContext>();
composer.command('balance', openBalance);
composer.command('payments', command((ctx, granted) => showPayments(ctx, granted, 0)));
composer.command('dashboard', command(showDashboard));
onTap(composer, moneyPatterns.balance, 'view', (ctx, granted) => showBalance(ctx, granted));
onTap(composer, moneyPatterns.payments, 'view', (ctx, granted, [page = 0]) => showPayments(ctx, granted, page));
onTap(composer, moneyPatterns.dashboard, 'view', (ctx, granted) => showDashboard(ctx, granted));

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
