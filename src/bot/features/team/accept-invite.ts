/**
 * The invited side: the link opens a card saying which account and which role; Accept joins (the invite is used
 * up atomically, so a forwarded link works once); Decline changes nothing. The inviter hears who joined.
 */
import { Composer, InlineKeyboard } from 'grammy';
import { callbackData, callbackPattern } from '../../callback-data.js';
import type { BotContext } from '../../context.js';
import { show } from '../../show.js';

export async function showInvite(ctx: BotContext, token: string): Promise<void> {
  const { store } = ctx.deps;
  const invite = await store.invites.get(token);
  const account = invite ? await store.accounts.get(invite.accountId) : null;
  if (!invite || !account) {
    await show(ctx, { text: ctx.t('invite-invalid') });
    return;
  }
  const existing = await store.members.get(account.id, ctx.viewer.userId);
  if (existing) {
    await show(ctx, { text: ctx.t('invite-already-member', { account: account.name, role: ctx.t(`role-${existing.role}`) }) });
    return;
  }
  const inviter = await store.members.get(account.id, invite.createdBy);
  await show(ctx, {
    text: ctx.t('invite-card', { account: account.name, role: ctx.t(`role-${invite.role}`), inviter: inviter?.name ?? String(invite.createdBy) }),
    keyboard: new InlineKeyboard().text(ctx.t('invite-btn-accept'), callbackData('inv:ok', token)).text(ctx.t('invite-btn-decline'), callbackData('inv:no', token)),
  });
}

export const acceptInviteFeature = new Composer<BotContext>();

acceptInviteFeature.callbackQuery(callbackPattern('inv:ok', 1), async (ctx) => {
  const token = ctx.match[1] ?? '';
  const { store } = ctx.deps;
  const invite = await store.invites.consume(token, ctx.viewer.userId);
  const account = invite ? await store.accounts.get(invite.accountId) : null;
  if (!invite || !account) return show(ctx, { text: ctx.t('invite-invalid') });
  await store.members.set(account.id, ctx.viewer.userId, invite.role, { name: ctx.viewer.name });
  await store.users.update(ctx.viewer.userId, { activeAccountId: account.id });
  await store.audit.append(account.id, { at: ctx.deps.now(), actorId: ctx.viewer.userId, actorName: ctx.viewer.name, action: 'team.join', target: invite.role, result: 'ok' });
  await show(ctx, {
    text: ctx.t('invite-accepted', { account: account.name, role: ctx.t(`role-${invite.role}`) }),
    keyboard: new InlineKeyboard().text(ctx.t('btn-main-menu'), 'menu'),
  });
  const inviterLang = (await store.users.get(invite.createdBy)).lang ?? 'ru';
  await ctx.api
    .sendMessage(invite.createdBy, ctx.deps.translate(inviterLang, 'invite-joined', { name: ctx.viewer.name, account: account.name, role: ctx.deps.translate(inviterLang, `role-${invite.role}`) }), { parse_mode: 'HTML' })
    .catch((error: unknown) => ctx.log.info({ err: error }, 'could not tell the inviter'));
});

acceptInviteFeature.callbackQuery(callbackPattern('inv:no', 1), async (ctx) => {
  await show(ctx, { text: ctx.t('invite-declined') });
});
