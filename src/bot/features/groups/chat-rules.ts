/**
 * What differs in group chats for any feature: a group not bound to an account says how to bind it (instead of
 * "link a key", which is never done in a group), and wizards that take private data or long typed answers send the
 * person to their private chat with the bot.
 */
import { InlineKeyboard } from 'grammy';
import { type Access, refuse, replyThreadOptions } from '../../auth/guard.js';
import type { Permission } from '../../auth/permissions.js';
import type { BotContext } from '../../context.js';
import { isGroupChat } from '../../middleware/viewer.js';

/** `refuse`, except that an unbound group is told how an owner binds it. */
export async function refuseInChat(ctx: BotContext, access: Extract<Access, { ok: false }>, permission: Permission): Promise<void> {
  if (access.reason !== 'no_account' || !isGroupChat(ctx)) return refuse(ctx, access, permission);
  const text = ctx.t('groups-not-bound');
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery({ text: ctx.t('groups-not-bound-short'), show_alert: true });
    return;
  }
  await ctx.reply(text, { parse_mode: 'HTML', ...replyThreadOptions(ctx) });
}

/**
 * In a group, answers that this is done in the private chat (with a button that opens it) and returns true; in a
 * private chat returns false and the caller goes on.
 */
export async function sentToPrivateChat(ctx: BotContext): Promise<boolean> {
  if (!isGroupChat(ctx)) return false;
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t('groups-private-only'), {
    parse_mode: 'HTML',
    ...replyThreadOptions(ctx),
    reply_markup: new InlineKeyboard().url(ctx.t('btn-open-private'), `https://t.me/${ctx.me.username}`),
  });
  return true;
}
