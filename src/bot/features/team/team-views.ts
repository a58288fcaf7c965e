/** The texts and keyboards of `/team`: the member list (paged), a member's card, a fresh invite. */
import { InlineKeyboard } from 'grammy';
import type { Invite, Member, Role } from '../../../store/index.js';
import { callbackData } from '../../callback-data.js';
import type { BotContext } from '../../context.js';
import { pageOf } from '../../paging.js';

export const INVITABLE_ROLES: Role[] = ['manager', 'support', 'viewer'];
const ROLE_ICON: Record<Role, string> = { owner: '👑', manager: '🧑‍💼', support: '🎧', viewer: '👁' };

export function teamListView(ctx: BotContext, accountId: string, members: Member[], page: number): { text: string; keyboard: InlineKeyboard } {
  const slice = pageOf(members, page);
  const keyboard = new InlineKeyboard();
  for (const member of slice.items) {
    keyboard.text(`${ROLE_ICON[member.role]} ${member.name || member.userId}`, callbackData('team:m', accountId, member.userId)).row();
  }
  if (slice.pages > 1) {
    if (slice.page > 0) keyboard.text('‹', callbackData('team:p', accountId, slice.page - 1));
    keyboard.text(`${slice.page + 1}/${slice.pages}`, callbackData('team:p', accountId, slice.page));
    if (slice.page < slice.pages - 1) keyboard.text('›', callbackData('team:p', accountId, slice.page + 1));
    keyboard.row();
  }
  for (const role of INVITABLE_ROLES) keyboard.text(ctx.t('team-btn-invite', { role: ctx.t(`role-${role}`) }), callbackData('team:inv', accountId, role)).row();
  return { text: ctx.t('team-list', { account: ctx.viewer.account?.name ?? '', count: members.length }), keyboard };
}

export function memberView(ctx: BotContext, accountId: string, member: Member): { text: string; keyboard: InlineKeyboard } {
  const keyboard = new InlineKeyboard();
  const isSelf = member.userId === ctx.viewer.userId;
  if (!isSelf) {
    for (const role of ['owner', ...INVITABLE_ROLES] as Role[]) {
      if (role !== member.role) keyboard.text(ctx.t('team-btn-make', { role: ctx.t(`role-${role}`) }), callbackData('team:r', accountId, member.userId, role)).row();
    }
    keyboard.text(ctx.t('team-btn-remove'), callbackData('team:rm', accountId, member.userId)).row();
  }
  keyboard.text(ctx.t('btn-back'), callbackData('team:p', accountId, 0));
  const text = ctx.t(isSelf ? 'team-member-self' : 'team-member', { name: member.name || String(member.userId), role: ctx.t(`role-${member.role}`), id: String(member.userId) });
  return { text, keyboard };
}

export function inviteView(ctx: BotContext, invite: Invite): { text: string; keyboard: InlineKeyboard } {
  const link = `https://t.me/${ctx.me.username}?start=inv_${invite.token}`;
  const share = `https://t.me/share/url?url=${encodeURIComponent(link)}`;
  return {
    text: ctx.t('team-invite-created', { role: ctx.t(`role-${invite.role}`), link, hours: 24 }),
    keyboard: new InlineKeyboard().url(ctx.t('team-btn-share'), share).row().text(ctx.t('btn-back'), callbackData('team:p', invite.accountId, 0)),
  };
}
