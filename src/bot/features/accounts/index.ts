/**
 * `/account`: the person's accounts (role, DEMO, key state), switch the active one, link another key or open a
 * demo; a refused key offers Relink to its owner. `/logout`: the owner unlinks the account for the whole team, a
 * member leaves it — both after a confirmation.
 */
import { Composer, InlineKeyboard } from 'grammy';
import { isAutocallError } from '../../../api/index.js';
import { markNeedsRelink } from '../../accounts/relink.js';
import { accessTo } from '../../auth/guard.js';
import { callbackData, callbackPattern } from '../../callback-data.js';
import { links } from '../../links.js';
import type { BotContext } from '../../context.js';
import { show, type View } from '../../show.js';
import { accountCard, accountLabel } from '../onboarding/account-card.js';
import { welcomeKeyboard } from '../onboarding/start.js';
import type { Feature } from '../feature.js';

/** The active account's live card; a key AutoCall now refuses is marked here, so the list below offers relinking. */
async function activeCard(ctx: BotContext): Promise<string | null> {
  const account = ctx.viewer.account;
  if (!account || !ctx.viewer.role || account.status !== 'active') return null;
  try {
    return await accountCard(ctx, account, await ctx.deps.apis.forAccount(account));
  } catch (error) {
    if (!isAutocallError(error)) throw error;
    if (error.kind === 'unauthenticated') {
      await markNeedsRelink(ctx.deps, account);
      ctx.viewer = { ...ctx.viewer, account: { ...account, status: 'needs_relink' } };
      return ctx.t('err-unauthenticated', { account: account.name });
    }
    return null;
  }
}

async function accountsView(ctx: BotContext): Promise<View> {
  const { store } = ctx.deps;
  const memberships = await store.members.listByUser(ctx.viewer.userId);
  if (memberships.length === 0) return { text: ctx.t('account-none'), keyboard: welcomeKeyboard(ctx) };
  const card = await activeCard(ctx);
  const keyboard = new InlineKeyboard();
  const lines: string[] = [];
  for (const { accountId, role } of memberships) {
    const account = await store.accounts.get(accountId);
    if (!account) continue;
    const active = account.id === ctx.viewer.account?.id;
    const status = active ? (ctx.viewer.account?.status ?? account.status) : account.status;
    const state = status === 'needs_relink' ? ' ⚠️' : '';
    lines.push(`${active ? '▶️' : '•'} ${accountLabel(ctx, account)} — ${ctx.t(`role-${role}`)}${state}`);
    if (!active) keyboard.text(ctx.t('account-btn-switch', { name: account.name }), callbackData('acc:use', account.id)).row();
    if (status === 'needs_relink' && role === 'owner') keyboard.text(ctx.t('account-btn-relink', { name: account.name }), links.relink(account.id)).row();
  }
  for (const row of welcomeKeyboard(ctx).inline_keyboard) keyboard.row(...row);
  const list = ctx.t('account-list', { listHtml: lines.join('\n') });
  return { text: card ? `${card}\n\n${list}` : list, keyboard };
}

const accountsFeature = new Composer<BotContext>();

export async function openAccounts(ctx: BotContext): Promise<void> {
  await show(ctx, await accountsView(ctx));
}

accountsFeature.command('account', openAccounts);
accountsFeature.callbackQuery('acc:list', openAccounts);

accountsFeature.callbackQuery(callbackPattern('acc:use', 1), async (ctx) => {
  const accountId = ctx.match[1] ?? '';
  const access = await accessTo(ctx, accountId, 'view');
  if (!access.ok && access.reason !== 'needs_relink') return show(ctx, await accountsView(ctx));
  await ctx.deps.store.users.update(ctx.viewer.userId, { activeAccountId: accountId });
  const account = access.account;
  if (!account) return show(ctx, await accountsView(ctx));
  ctx.viewer = { ...ctx.viewer, account, role: access.role };
  const text = account.status === 'needs_relink' ? ctx.t('guard-needs-relink', { account: account.name }) : await accountCard(ctx, account, await ctx.deps.apis.forAccount(account));
  await show(ctx, { text, keyboard: new InlineKeyboard().text(ctx.t('btn-main-menu'), 'menu').text(ctx.t('account-btn-all'), 'acc:list') });
});

accountsFeature.command('logout', async (ctx) => {
  const account = ctx.viewer.account;
  if (!account || !ctx.viewer.role) return show(ctx, await accountsView(ctx));
  const owner = ctx.viewer.role === 'owner';
  await show(ctx, {
    text: ctx.t(owner ? 'logout-confirm-owner' : 'logout-confirm-member', { labelHtml: accountLabel(ctx, account) }),
    keyboard: new InlineKeyboard().text(ctx.t(owner ? 'logout-btn-unlink' : 'logout-btn-leave'), callbackData('acc:out', account.id)).text(ctx.t('btn-cancel'), 'acc:list'),
  });
});

accountsFeature.callbackQuery(callbackPattern('acc:out', 1), async (ctx) => {
  const accountId = ctx.match[1] ?? '';
  const { store } = ctx.deps;
  const [account, member] = await Promise.all([store.accounts.get(accountId), store.members.get(accountId, ctx.viewer.userId)]);
  if (!account || !member) return show(ctx, await accountsView(ctx));
  await store.audit.append(accountId, { at: ctx.deps.now(), actorId: ctx.viewer.userId, actorName: ctx.viewer.name, action: member.role === 'owner' ? 'key.unlink' : 'team.leave', target: account.name, result: 'ok' });
  // The owner's unlink removes the key, the team and the group bindings; a member's leave removes only them.
  if (member.role === 'owner') await store.accounts.delete(accountId);
  else await store.members.remove(accountId, ctx.viewer.userId);
  const remaining = await store.members.listByUser(ctx.viewer.userId);
  await store.users.update(ctx.viewer.userId, { activeAccountId: remaining[0]?.accountId ?? null });
  ctx.viewer = { ...ctx.viewer, account: null, role: null };
  await show(ctx, { text: ctx.t(member.role === 'owner' ? 'logout-unlinked' : 'logout-left', { account: account.name }), keyboard: new InlineKeyboard().text(ctx.t('account-btn-all'), 'acc:list') });
});

export const accountsFeatureEntry: Feature = {
  name: 'accounts',
  composer: accountsFeature,
  menu: [{ labelKey: 'menu-account', open: openAccounts }],
  commands: [
    { command: 'account', scopes: ['private'] },
    { command: 'logout', scopes: ['private'] },
  ],
};
