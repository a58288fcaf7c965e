/**
 * `/bind` and `/unbind` in a group: an owner binds the group to one of their accounts (choosing when they own
 * several), and from then on every member acts there with their own role in that account; `/unbind` (an owner of
 * the bound account) undoes it. A group bound to someone else's account is never taken over. Both are audited.
 */
import { Composer, InlineKeyboard } from 'grammy';
import { truncateText } from '../../../domain/text/index.js';
import type { Account } from '../../../store/index.js';
import { accessTo, accessToCurrent, refuse, replyThreadOptions } from '../../auth/guard.js';
import { callbackData, callbackPattern } from '../../callback-data.js';
import type { BotContext } from '../../context.js';
import { isGroupChat } from '../../middleware/viewer.js';
import { show } from '../../show.js';
import type { Feature } from '../feature.js';
import { refuseInChat } from './chat-rules.js';

const BIND = 'gb';

async function answer(ctx: BotContext, key: string, vars: Record<string, string> = {}): Promise<void> {
  await ctx.reply(ctx.t(key, vars), { parse_mode: 'HTML', ...replyThreadOptions(ctx) });
}

function groupTitle(ctx: BotContext): string {
  const chat = ctx.chat;
  return (chat && 'title' in chat ? chat.title : undefined) ?? String(chat?.id ?? '');
}

async function ownedAccounts(ctx: BotContext): Promise<Account[]> {
  const { store } = ctx.deps;
  const owned = (await store.members.listByUser(ctx.viewer.userId)).filter((membership) => membership.role === 'owner');
  const accounts = await Promise.all(owned.map((membership) => store.accounts.get(membership.accountId)));
  return accounts.filter((account): account is Account => account !== null);
}

async function audit(ctx: BotContext, accountId: string, action: 'group.bind' | 'group.unbind', chatId: number): Promise<void> {
  await ctx.deps.store.audit.append(accountId, {
    at: ctx.deps.now(),
    actorId: ctx.viewer.userId,
    actorName: ctx.viewer.name,
    action,
    target: truncateText(`${groupTitle(ctx)} (${chatId})`, 256),
    result: 'ok',
  });
}

/** Binds the chat, unless it is bound to an account this person does not own; answers either way. */
async function bindTo(ctx: BotContext, chatId: number, account: Account): Promise<void> {
  const current = await ctx.deps.store.groups.get(chatId);
  if (current?.accountId === account.id) return show(ctx, { text: ctx.t('groups-already-bound', { account: account.name }) });
  if (current) {
    const previous = await accessTo(ctx, current.accountId, 'account.manage');
    if (!previous.ok) return show(ctx, { text: ctx.t('groups-bound-elsewhere') });
    await audit(ctx, current.accountId, 'group.unbind', chatId);
  }
  await ctx.deps.store.groups.bind(chatId, account.id, ctx.viewer.userId);
  await audit(ctx, account.id, 'group.bind', chatId);
  await show(ctx, { text: ctx.t('groups-bound', { account: account.name }) });
}

const composer = new Composer<BotContext>();

composer.command('bind', async (ctx) => {
  if (!isGroupChat(ctx) || !ctx.chat) return answer(ctx, 'groups-bind-in-group');
  const owned = await ownedAccounts(ctx);
  const [only] = owned;
  if (!only) return answer(ctx, 'groups-bind-not-owner');
  if (owned.length === 1) return bindTo(ctx, ctx.chat.id, only);
  const keyboard = new InlineKeyboard();
  for (const account of owned) keyboard.text(account.name, callbackData(BIND, account.id)).row();
  await ctx.reply(ctx.t('groups-bind-choose'), { parse_mode: 'HTML', reply_markup: keyboard, ...replyThreadOptions(ctx) });
});

composer.callbackQuery(callbackPattern(BIND, 1), async (ctx) => {
  const access = await accessTo(ctx, ctx.match[1] ?? '', 'account.manage');
  if (!access.ok) return refuse(ctx, access, 'account.manage');
  if (!isGroupChat(ctx) || !ctx.chat) {
    await ctx.answerCallbackQuery({ text: ctx.t('stale-button') });
    return;
  }
  await bindTo(ctx, ctx.chat.id, access.account);
});

composer.command('unbind', async (ctx) => {
  if (!isGroupChat(ctx) || !ctx.chat) return answer(ctx, 'groups-bind-in-group');
  const access = accessToCurrent(ctx, 'account.manage');
  // A refused key does not stop an owner from unbinding: that is managing the account, not using AutoCall.
  if (!access.ok) return refuseInChat(ctx, access, 'account.manage');
  await ctx.deps.store.groups.unbind(ctx.chat.id);
  await audit(ctx, access.account.id, 'group.unbind', ctx.chat.id);
  await answer(ctx, 'groups-unbound', { account: access.account.name });
});

export const groupsFeature: Feature = {
  name: 'groups',
  composer,
  commands: [
    { command: 'bind', permission: 'account.manage', scopes: ['group'] },
    { command: 'unbind', permission: 'account.manage', scopes: ['group'] },
  ],
};
