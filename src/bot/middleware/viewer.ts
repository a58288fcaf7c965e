/**
 * Resolves who is acting and where, from the store, for every update: language, account (the active one in a
 * private chat, the bound one in a group) and the role in it. Nothing here trusts the update beyond `from.id`.
 */
import type { NextFunction } from 'grammy';
import type { BotContext } from '../context.js';
import { languageFromTelegram } from '../i18n.js';

export function isGroupChat(ctx: BotContext): boolean {
  return ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup';
}

export async function loadViewer(ctx: BotContext, next: NextFunction): Promise<void> {
  const from = ctx.from;
  // Channel posts and service updates without a person behind them have nothing for this bot to do.
  if (!from || from.is_bot) return;
  const { store } = ctx.deps;
  const settings = await store.users.get(from.id);
  const accountId = isGroupChat(ctx) && ctx.chat ? (await store.groups.get(ctx.chat.id))?.accountId : settings.activeAccountId;
  const [account, member] = accountId
    ? await Promise.all([store.accounts.get(accountId), store.members.get(accountId, from.id)])
    : [null, null];
  const lang = settings.lang ?? languageFromTelegram(from.language_code);
  // Remembered on first contact, so messages sent to this person from elsewhere (an invite accepted, an alert)
  // use their language too; /lang changes it later.
  if (!settings.lang) await store.users.update(from.id, { lang });
  ctx.viewer = {
    userId: from.id,
    name: [from.first_name, from.last_name].filter(Boolean).join(' '),
    lang,
    account: account ?? null,
    role: member?.role ?? null,
  };
  await next();
}
