/**
 * /alerts → Recent: the account's notifications as AutoCall keeps them, newest first, paged, unread marked; a
 * notification's card shows it as it was pushed, with its action buttons and Mark read / Delete.
 */
import { InlineKeyboard } from 'grammy';
import type { Notification } from '../../../api/index.js';
import { formatKzDateTime, parseApiDateTime } from '../../../domain/format/index.js';
import { truncateText } from '../../../domain/text/index.js';
import { createdAtMs } from '../../../notifier/baseline.js';
import { typeLabelKey } from '../../../notifier/notification-types.js';
import { renderAlert } from '../../../notifier/render/alert-message.js';
import { textField } from '../../../notifier/render/notification-data.js';
import type { Account } from '../../../store/index.js';
import { callbackData } from '../../callback-data.js';
import type { BotContext } from '../../context.js';
import { pageOf } from '../../paging.js';
import type { View } from '../../show.js';
import { accountLabel } from '../onboarding/account-card.js';
import { ALERT_ACTIONS } from './alerts-views.js';

const LABEL_MAX = 48;

export function newestFirst(notifications: readonly Notification[]): Notification[] {
  const order = (n: Notification) => createdAtMs(n.created_at) ?? 0;
  return [...notifications].sort((a, b) => order(b) - order(a));
}

function titleOf(ctx: BotContext, notification: Notification): string {
  const name = textField(notification.data ?? {}, 'name');
  const type = ctx.t(typeLabelKey(notification.type));
  return name === undefined ? type : `${type}: ${name}`;
}

function timeOf(ctx: BotContext, notification: Notification): string {
  const created = parseApiDateTime(notification.created_at);
  return created.ok ? formatKzDateTime(created.date, ctx.viewer.lang) : notification.created_at;
}

const unreadMark = (notification: Notification) => (notification.read_at === null ? '🔵' : '▫️');

export function recentView(ctx: BotContext, account: Account, notifications: readonly Notification[], page: number): View {
  const slice = pageOf(notifications, page);
  const unread = notifications.filter((n) => n.read_at === null).length;
  const keyboard = new InlineKeyboard();
  for (const notification of slice.items) {
    keyboard.text(`${unreadMark(notification)} ${truncateText(titleOf(ctx, notification), LABEL_MAX)}`, callbackData(ALERT_ACTIONS.card, account.id, notification.id)).row();
  }
  if (slice.pages > 1) {
    if (slice.page > 0) keyboard.text('‹', callbackData(ALERT_ACTIONS.recent, account.id, slice.page - 1));
    keyboard.text(`${slice.page + 1}/${slice.pages}`, callbackData(ALERT_ACTIONS.recent, account.id, slice.page));
    if (slice.page < slice.pages - 1) keyboard.text('›', callbackData(ALERT_ACTIONS.recent, account.id, slice.page + 1));
    keyboard.row();
  }
  if (unread > 0) keyboard.text(ctx.t('alerts-btn-read-all'), callbackData(ALERT_ACTIONS.markAllRead, account.id)).row();
  keyboard.text(ctx.t('btn-back'), callbackData(ALERT_ACTIONS.overview, account.id));
  const lines = slice.items.map((n) => ctx.t('alerts-recent-line', { mark: unreadMark(n), time: timeOf(ctx, n), title: titleOf(ctx, n) }));
  const text =
    notifications.length === 0
      ? ctx.t('alerts-recent-empty', { labelHtml: accountLabel(ctx, account) })
      : ctx.t('alerts-recent', { labelHtml: accountLabel(ctx, account), unread, total: notifications.length, listHtml: lines.join('\n') });
  return { text, keyboard };
}

export function cardView(ctx: BotContext, account: Account, notification: Notification): View {
  const alert = renderAlert({
    translate: ctx.deps.translate,
    lang: ctx.viewer.lang,
    account,
    notification: { id: notification.id, type: notification.type, data: { ...notification.data }, createdAt: notification.created_at },
  });
  const keyboard = alert.keyboard.row();
  if (notification.read_at === null) keyboard.text(ctx.t('alerts-btn-read'), callbackData(ALERT_ACTIONS.markRead, account.id, notification.id));
  keyboard.text(ctx.t('alerts-btn-delete'), callbackData(ALERT_ACTIONS.remove, account.id, notification.id)).row();
  keyboard.text(ctx.t('btn-back'), callbackData(ALERT_ACTIONS.recent, account.id, 0));
  const status = ctx.t(notification.read_at === null ? 'alerts-card-unread' : 'alerts-card-read');
  return { text: `${alert.text}\n${status}`, keyboard };
}
