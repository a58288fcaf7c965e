/**
 * `/alerts`: in a private chat, which notifications the person receives (choose types), and Recent — the account's
 * notifications with Mark read, Delete and Mark all read. In a group or forum topic, an owner or manager subscribes
 * that chat to the account's alerts, chooses its types and unsubscribes it. Pushing the alerts is the notifier's job
 * (`src/notifier`); this feature only edits who wants what. A chat Telegram refused is resumed here.
 */
import { Composer } from 'grammy';
import { z } from 'zod';
import { isAutocallError } from '../../../api/index.js';
import { defaultGroupTypes, toggleType, typeOfCode } from '../../../notifier/notification-types.js';
import type { Account, Role } from '../../../store/index.js';
import { accessTo, refuse } from '../../auth/guard.js';
import { callbackPattern } from '../../callback-data.js';
import type { BotContext } from '../../context.js';
import { show } from '../../show.js';
import type { Feature } from '../feature.js';
import { effectiveTypes, permissionFor, scopeOf, subscriptionIn, type AlertScope } from './alert-scope.js';
import { ALERT_ACTIONS, groupView, personView, typesView } from './alerts-views.js';
import { cardView, newestFirst, recentView } from './recent-views.js';

/** Marks read per tap of "Mark all read", so one tap never spends a minute of the key's rate limit. */
const MARK_ALL_MAX = 50;
const pageSchema = z.coerce.number().int().min(0).catch(0);
const codeSchema = z.coerce.number().int().min(0);

const alertsFeature = new Composer<BotContext>();

interface Granted {
  account: Account;
  role: Role;
  scope: AlertScope;
}

/** The account the tap names, checked for the permission the chat's scope needs. */
async function grant(ctx: BotContext, accountId: string, scope = scopeOf(ctx)): Promise<Granted | null> {
  const permission = permissionFor(scope);
  const access = await accessTo(ctx, accountId, permission);
  if (!access.ok) {
    await refuse(ctx, access, permission);
    return null;
  }
  return { account: access.account, role: access.role, scope };
}

async function showOverview(ctx: BotContext, { account, role, scope }: Granted): Promise<void> {
  const subscription = await subscriptionIn(ctx, account.id, scope);
  if (scope.kind === 'group') return show(ctx, groupView(ctx, account, scope, subscription));
  await show(ctx, personView(ctx, account, effectiveTypes(scope, subscription, role), subscription));
}

/** In a group: the bound account, else the one the person works in. */
async function accountIdForCommand(ctx: BotContext, scope: AlertScope): Promise<string | undefined> {
  if (scope.kind === 'person') return ctx.viewer.account?.id;
  const bound = await ctx.deps.store.groups.get(scope.chatId);
  return bound?.accountId ?? (await ctx.deps.store.users.get(ctx.viewer.userId)).activeAccountId;
}

export async function openAlerts(ctx: BotContext): Promise<void> {
  const scope = scopeOf(ctx);
  const accountId = await accountIdForCommand(ctx, scope);
  if (accountId === undefined) {
    await refuse(ctx, { ok: false, reason: 'no_account', account: null, role: null }, permissionFor(scope));
    return;
  }
  const granted = await grant(ctx, accountId, scope);
  if (granted) await showOverview(ctx, granted);
}

alertsFeature.command('alerts', openAlerts);

alertsFeature.callbackQuery(callbackPattern(ALERT_ACTIONS.overview, 1), async (ctx) => {
  const granted = await grant(ctx, ctx.match[1] ?? '');
  if (granted) await showOverview(ctx, granted);
});

alertsFeature.callbackQuery(callbackPattern(ALERT_ACTIONS.types, 1), async (ctx) => {
  const granted = await grant(ctx, ctx.match[1] ?? '');
  if (!granted) return;
  const { account, role, scope } = granted;
  const subscription = await subscriptionIn(ctx, account.id, scope);
  if (scope.kind === 'group' && !subscription) return showOverview(ctx, granted);
  await show(ctx, typesView(ctx, account, scope, effectiveTypes(scope, subscription, role)));
});

alertsFeature.callbackQuery(callbackPattern(ALERT_ACTIONS.toggle, 2), async (ctx) => {
  const granted = await grant(ctx, ctx.match[1] ?? '');
  if (!granted) return;
  const { account, role, scope } = granted;
  const code = codeSchema.safeParse(ctx.match[2]);
  const type = code.success ? typeOfCode(code.data) : null;
  const subscription = await subscriptionIn(ctx, account.id, scope);
  if (type === null || (scope.kind === 'group' && !subscription)) {
    await ctx.answerCallbackQuery({ text: ctx.t('stale-button') });
    return;
  }
  const types = toggleType(effectiveTypes(scope, subscription, role), type);
  const threadId = scope.kind === 'group' ? scope.threadId : undefined;
  await ctx.deps.store.notifier.subscribe({ ...subscription, chatId: scope.chatId, ...(threadId === undefined ? {} : { threadId }), accountId: account.id, types });
  if (scope.kind === 'group') await audit(ctx, account.id, 'alerts.types', chatLabel(scope));
  await show(ctx, typesView(ctx, account, scope, types));
});

alertsFeature.callbackQuery(callbackPattern(ALERT_ACTIONS.subscribe, 1), async (ctx) => {
  const granted = await grant(ctx, ctx.match[1] ?? '');
  if (!granted) return;
  const { account, scope } = granted;
  if (scope.kind === 'group' && !(await subscriptionIn(ctx, account.id, scope))) {
    await ctx.deps.store.notifier.subscribe({
      chatId: scope.chatId,
      ...(scope.threadId === undefined ? {} : { threadId: scope.threadId }),
      accountId: account.id,
      types: defaultGroupTypes(),
      lang: ctx.viewer.lang,
      title: scope.title,
    });
    await audit(ctx, account.id, 'alerts.subscribe', chatLabel(scope));
  }
  await showOverview(ctx, granted);
});

alertsFeature.callbackQuery(callbackPattern(ALERT_ACTIONS.unsubscribe, 1), async (ctx) => {
  const granted = await grant(ctx, ctx.match[1] ?? '');
  if (!granted) return;
  const { account, scope } = granted;
  if (scope.kind === 'group' && (await ctx.deps.store.notifier.unsubscribe(account.id, scope.chatId, scope.threadId))) {
    await audit(ctx, account.id, 'alerts.unsubscribe', chatLabel(scope));
  }
  await showOverview(ctx, granted);
});

alertsFeature.callbackQuery(callbackPattern(ALERT_ACTIONS.resume, 1), async (ctx) => {
  const granted = await grant(ctx, ctx.match[1] ?? '');
  if (!granted) return;
  const subscription = await subscriptionIn(ctx, granted.account.id, granted.scope);
  if (subscription?.paused) await ctx.deps.store.notifier.subscribe({ ...subscription, paused: false });
  await showOverview(ctx, granted);
});

async function showRecent(ctx: BotContext, account: Account, page: number): Promise<void> {
  const api = await ctx.deps.apis.forAccount(account);
  const { data } = await api.notifications.list();
  await show(ctx, recentView(ctx, account, newestFirst(data), page));
}

/** Recent and its cards are the person's own view of the account, in private chats. */
async function grantRecent(ctx: BotContext, accountId: string, permission: 'alerts.own' | 'alerts.group' = 'alerts.own'): Promise<Account | null> {
  const access = await accessTo(ctx, accountId, permission);
  if (access.ok) return access.account;
  await refuse(ctx, access, permission);
  return null;
}

alertsFeature.callbackQuery(callbackPattern(ALERT_ACTIONS.recent, 2), async (ctx) => {
  const account = await grantRecent(ctx, ctx.match[1] ?? '');
  if (account) await showRecent(ctx, account, pageSchema.parse(ctx.match[2]));
});

/** The notification as AutoCall has it now, or null (deleted meanwhile: the list is shown again). */
async function findNotification(ctx: BotContext, account: Account, id: string) {
  const api = await ctx.deps.apis.forAccount(account);
  const { data } = await api.notifications.list();
  return { api, notification: data.find((n) => n.id === id) ?? null };
}

alertsFeature.callbackQuery(callbackPattern(ALERT_ACTIONS.card, 2), async (ctx) => {
  const account = await grantRecent(ctx, ctx.match[1] ?? '');
  if (!account) return;
  const { notification } = await findNotification(ctx, account, ctx.match[2] ?? '');
  if (!notification) return showRecent(ctx, account, 0);
  await show(ctx, cardView(ctx, account, notification));
});

alertsFeature.callbackQuery(callbackPattern(ALERT_ACTIONS.markRead, 2), async (ctx) => {
  const account = await grantRecent(ctx, ctx.match[1] ?? '');
  if (!account) return;
  const { api, notification } = await findNotification(ctx, account, ctx.match[2] ?? '');
  if (!notification) return showRecent(ctx, account, 0);
  const read = await api.notifications.update(notification.id);
  await show(ctx, cardView(ctx, account, { ...notification, read_at: read.read_at }));
});

alertsFeature.callbackQuery(callbackPattern(ALERT_ACTIONS.remove, 2), async (ctx) => {
  const account = await grantRecent(ctx, ctx.match[1] ?? '', 'alerts.group');
  if (!account) return;
  const id = ctx.match[2] ?? '';
  const api = await ctx.deps.apis.forAccount(account);
  try {
    await api.notifications.delete(id);
    await audit(ctx, account.id, 'notification.delete', id);
  } catch (error) {
    // Deleted meanwhile (another member, the portal): the list shows what is left either way.
    if (!isAutocallError(error) || error.kind !== 'not_found') throw error;
  }
  await showRecent(ctx, account, 0);
});

alertsFeature.callbackQuery(callbackPattern(ALERT_ACTIONS.markAllRead, 1), async (ctx) => {
  const account = await grantRecent(ctx, ctx.match[1] ?? '');
  if (!account) return;
  const api = await ctx.deps.apis.forAccount(account);
  const unread = (await api.notifications.list()).data.filter((n) => n.read_at === null).slice(0, MARK_ALL_MAX);
  for (const notification of unread) await api.notifications.update(notification.id);
  await showRecent(ctx, account, 0);
});

/** Someone unblocked the bot (or it is back in a chat): alerts paused by a 403 there flow again. */
alertsFeature.on('my_chat_member', async (ctx) => {
  const status = ctx.myChatMember.new_chat_member.status;
  if (status !== 'member' && status !== 'administrator') return;
  const { store } = ctx.deps;
  for (const subscription of await store.notifier.listChatSubscriptions(ctx.myChatMember.chat.id)) {
    if (subscription.paused) await store.notifier.subscribe({ ...subscription, paused: false });
  }
});

function chatLabel(scope: AlertScope): string {
  if (scope.kind === 'person') return String(scope.chatId);
  return `${scope.title} (${scope.chatId}${scope.threadId === undefined ? '' : `/${scope.threadId}`})`;
}

async function audit(ctx: BotContext, accountId: string, action: string, target: string): Promise<void> {
  await ctx.deps.store.audit.append(accountId, { at: ctx.deps.now(), actorId: ctx.viewer.userId, actorName: ctx.viewer.name, action, target, result: 'ok' });
}

export const alertsFeatureEntry: Feature = {
  name: 'alerts',
  composer: alertsFeature,
  menu: [{ labelKey: 'menu-alerts', permission: 'alerts.own', open: openAlerts }],
  commands: [{ command: 'alerts', permission: 'alerts.own', scopes: ['private', 'group'] }],
};
