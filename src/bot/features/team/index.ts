/**
 * `/team` (owner): members with their roles, a member's card (change role, remove), invite links per role
 * (single use, 24 h). Every tap names its account and is re-checked on the server before anything changes.
 */
import { Composer } from 'grammy';
import { z } from 'zod';
import { Role } from '../../../store/index.js';
import { accessTo, accessToCurrent, refuse } from '../../auth/guard.js';
import { callbackData, callbackPattern } from '../../callback-data.js';
import type { BotContext } from '../../context.js';
import { show } from '../../show.js';
import { INVITABLE_ROLES, inviteView, memberView, teamListView } from './team-views.js';
import { InlineKeyboard } from 'grammy';
import { acceptInviteFeature } from './accept-invite.js';
import type { Feature } from '../feature.js';

const teamFeature = new Composer<BotContext>();
teamFeature.use(acceptInviteFeature);

const userIdSchema = z.coerce.number().int().positive();

async function showTeam(ctx: BotContext, accountId: string, page: number): Promise<void> {
  const members = await ctx.deps.store.members.listByAccount(accountId);
  members.sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'owner' ? -1 : b.role === 'owner' ? 1 : 0));
  await show(ctx, teamListView(ctx, accountId, members, page));
}

export async function openTeam(ctx: BotContext): Promise<void> {
  const access = accessToCurrent(ctx, 'team.manage');
  if (!access.ok) return refuse(ctx, access, 'team.manage');
  await showTeam(ctx, access.account.id, 0);
}

teamFeature.command('team', openTeam);

teamFeature.callbackQuery(callbackPattern('team:p', 2), async (ctx) => {
  const [, accountId = '', page = '0'] = ctx.match;
  const access = await accessTo(ctx, accountId, 'team.manage');
  if (!access.ok) return refuse(ctx, access, 'team.manage');
  await showTeam(ctx, accountId, Number(page));
});

teamFeature.callbackQuery(callbackPattern('team:inv', 2), async (ctx) => {
  const [, accountId = '', rawRole = ''] = ctx.match;
  const access = await accessTo(ctx, accountId, 'team.manage');
  if (!access.ok) return refuse(ctx, access, 'team.manage');
  const role = Role.safeParse(rawRole);
  if (!role.success || !INVITABLE_ROLES.includes(role.data)) {
    await ctx.answerCallbackQuery({ text: ctx.t('stale-button') });
    return;
  }
  const invite = await ctx.deps.store.invites.create({ accountId, role: role.data, createdBy: ctx.viewer.userId });
  await ctx.deps.store.audit.append(accountId, { at: ctx.deps.now(), actorId: ctx.viewer.userId, actorName: ctx.viewer.name, action: 'team.invite', target: role.data, result: 'ok' });
  await show(ctx, inviteView(ctx, invite));
});

teamFeature.callbackQuery(callbackPattern('team:m', 2), async (ctx) => {
  const [, accountId = '', rawUser = ''] = ctx.match;
  const access = await accessTo(ctx, accountId, 'team.manage');
  if (!access.ok) return refuse(ctx, access, 'team.manage');
  const member = await ctx.deps.store.members.get(accountId, userIdSchema.parse(rawUser));
  if (!member) return showTeam(ctx, accountId, 0);
  await show(ctx, memberView(ctx, accountId, member));
});

teamFeature.callbackQuery(callbackPattern('team:r', 3), async (ctx) => {
  const [, accountId = '', rawUser = '', rawRole = ''] = ctx.match;
  const access = await accessTo(ctx, accountId, 'team.manage');
  if (!access.ok) return refuse(ctx, access, 'team.manage');
  const userId = userIdSchema.parse(rawUser);
  const role = Role.safeParse(rawRole);
  const member = await ctx.deps.store.members.get(accountId, userId);
  // Owners never change their own role here: an account must keep the person who holds its key.
  if (!member || !role.success || userId === ctx.viewer.userId) return showTeam(ctx, accountId, 0);
  await ctx.deps.store.members.set(accountId, userId, role.data, { name: member.name });
  await ctx.deps.store.audit.append(accountId, { at: ctx.deps.now(), actorId: ctx.viewer.userId, actorName: ctx.viewer.name, action: 'team.role', target: `${member.name} (${userId}) → ${role.data}`, result: 'ok' });
  await show(ctx, memberView(ctx, accountId, { ...member, role: role.data }));
});

teamFeature.callbackQuery(callbackPattern('team:rm', 2), async (ctx) => {
  const [, accountId = '', rawUser = ''] = ctx.match;
  const access = await accessTo(ctx, accountId, 'team.manage');
  if (!access.ok) return refuse(ctx, access, 'team.manage');
  const member = await ctx.deps.store.members.get(accountId, userIdSchema.parse(rawUser));
  if (!member || member.userId === ctx.viewer.userId) return showTeam(ctx, accountId, 0);
  await show(ctx, {
    text: ctx.t('team-remove-confirm', { name: member.name, role: ctx.t(`role-${member.role}`) }),
    keyboard: new InlineKeyboard()
      .text(ctx.t('team-btn-remove-yes'), callbackData('team:rmy', accountId, member.userId))
      .text(ctx.t('btn-back'), callbackData('team:m', accountId, member.userId)),
  });
});

teamFeature.callbackQuery(callbackPattern('team:rmy', 2), async (ctx) => {
  const [, accountId = '', rawUser = ''] = ctx.match;
  const access = await accessTo(ctx, accountId, 'team.manage');
  if (!access.ok) return refuse(ctx, access, 'team.manage');
  const userId = userIdSchema.parse(rawUser);
  const member = await ctx.deps.store.members.get(accountId, userId);
  if (member && userId !== ctx.viewer.userId) {
    await ctx.deps.store.members.remove(accountId, userId);
    await ctx.deps.store.audit.append(accountId, { at: ctx.deps.now(), actorId: ctx.viewer.userId, actorName: ctx.viewer.name, action: 'team.remove', target: `${member.name} (${userId})`, result: 'ok' });
  }
  await showTeam(ctx, accountId, 0);
});

export const teamFeatureEntry: Feature = {
  name: 'team',
  composer: teamFeature,
  menu: [{ labelKey: 'menu-team', permission: 'team.manage', open: openTeam }],
  commands: [{ command: 'team', permission: 'team.manage', scopes: ['private'] }],
};
