/**
 * Server-side role checks for every command and every callback query. Buttons are only a convenience: a tap is
 * re-checked here against the store at the moment it arrives, for the account named in its data, so a forged or
 * stale button (another account, a lower role, a member removed since) is refused and logged.
 */
import { htmlToPlainText } from '../../domain/text/index.js';
import type { Account, Role } from '../../store/index.js';
import type { BotContext } from '../context.js';
import { type Permission, requiredRole, roleAllows } from './permissions.js';

export type Access =
  | { ok: true; account: Account; role: Role }
  | { ok: false; reason: 'no_account' | 'not_member' | 'forbidden' | 'needs_relink'; account: Account | null; role: Role | null };

function decide(account: Account | null, role: Role | null, permission: Permission): Access {
  if (!account) return { ok: false, reason: 'no_account', account, role };
  if (!role) return { ok: false, reason: 'not_member', account, role };
  if (!roleAllows(role, permission)) return { ok: false, reason: 'forbidden', account, role };
  // A key AutoCall refused can still be looked at in the bot, but nothing that calls AutoCall can run on it.
  if (account.status === 'needs_relink' && permission !== 'account.manage') {
    return { ok: false, reason: 'needs_relink', account, role };
  }
  return { ok: true, account, role };
}

/** Access to the viewer's current account (active one in private chats, bound one in groups). */
export function accessToCurrent(ctx: BotContext, permission: Permission): Access {
  return decide(ctx.viewer.account, ctx.viewer.role, permission);
}

/** Access to the account a button names, read fresh from the store. */
export async function accessTo(ctx: BotContext, accountId: string, permission: Permission): Promise<Access> {
  const { store } = ctx.deps;
  const [account, member] = await Promise.all([store.accounts.get(accountId), store.members.get(accountId, ctx.viewer.userId)]);
  return decide(account, member?.role ?? null, permission);
}

/** Tells the person why not, in the way the update allows (an alert for a tap, a reply for a message). */
export async function refuse(ctx: BotContext, access: Extract<Access, { ok: false }>, permission: Permission): Promise<void> {
  const text = refusalText(ctx, access, permission);
  if (ctx.callbackQuery) {
    ctx.log.warn({ permission, reason: access.reason, data: ctx.callbackQuery.data }, 'callback refused');
    await ctx.answerCallbackQuery({ text: stripTags(text), show_alert: true });
    return;
  }
  ctx.log.info({ permission, reason: access.reason }, 'command refused');
  await ctx.reply(text, { parse_mode: 'HTML', ...replyThreadOptions(ctx) });
}

function refusalText(ctx: BotContext, access: Extract<Access, { ok: false }>, permission: Permission): string {
  switch (access.reason) {
    case 'no_account':
      return ctx.t('guard-no-account');
    case 'not_member':
      return ctx.t('guard-not-member');
    case 'needs_relink':
      return ctx.t('guard-needs-relink', { account: access.account?.name ?? '' });
    case 'forbidden':
      return ctx.t('guard-forbidden', { role: ctx.t(`role-${access.role ?? 'viewer'}`), needed: ctx.t(`role-${requiredRole(permission)}`) });
  }
}

/** Alerts of callback answers are plain text, at most 200 characters. */
function stripTags(html: string): string {
  const plain = htmlToPlainText(html);
  return plain.length > 200 ? `${plain.slice(0, 199)}…` : plain;
}

/** In groups the bot answers threaded to the request (and in the same forum topic). */
export function replyThreadOptions(ctx: BotContext): { reply_parameters?: { message_id: number; allow_sending_without_reply: boolean } } {
  if (ctx.chat?.type === 'private' || !ctx.msg?.message_id || ctx.callbackQuery) return {};
  return { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } };
}
