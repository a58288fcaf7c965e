/** The texts and keyboards of /alerts: a person's alerts, a group's subscription, and the types to choose from. */
import { InlineKeyboard } from 'grammy';
import { CHOOSABLE_TYPES, typeCode, typeLabelKey } from '../../../notifier/notification-types.js';
import type { Account, Subscription } from '../../../store/index.js';
import { callbackData } from '../../callback-data.js';
import type { BotContext } from '../../context.js';
import type { View } from '../../show.js';
import { accountLabel } from '../onboarding/account-card.js';
import type { AlertScope } from './alert-scope.js';

export const ALERT_ACTIONS = {
  overview: 'al:o',
  types: 'al:ty',
  toggle: 'al:tt',
  subscribe: 'al:sub',
  unsubscribe: 'al:uns',
  resume: 'al:res',
  recent: 'al:r',
  card: 'al:n',
  markRead: 'al:nr',
  remove: 'al:nd',
  markAllRead: 'al:ra',
} as const;

function typeList(ctx: BotContext, types: readonly string[]): string {
  const chosen = CHOOSABLE_TYPES.filter((type) => types.includes(type));
  return chosen.length === 0 ? ctx.t('alerts-none') : chosen.map((type) => ctx.t(typeLabelKey(type))).join(', ');
}

export function personView(ctx: BotContext, account: Account, types: readonly string[], subscription: Subscription | undefined): View {
  const keyboard = new InlineKeyboard()
    .text(ctx.t('alerts-btn-recent'), callbackData(ALERT_ACTIONS.recent, account.id, 0))
    .row()
    .text(ctx.t('alerts-btn-types'), callbackData(ALERT_ACTIONS.types, account.id))
    .row();
  if (subscription?.paused) keyboard.text(ctx.t('alerts-btn-resume'), callbackData(ALERT_ACTIONS.resume, account.id)).row();
  const text = [
    ctx.t('alerts-person', { labelHtml: accountLabel(ctx, account), types: typeList(ctx, types) }),
    ...(subscription?.paused ? [ctx.t('alerts-paused-person')] : []),
  ].join('\n\n');
  return { text, keyboard };
}

export function groupView(ctx: BotContext, account: Account, scope: Extract<AlertScope, { kind: 'group' }>, subscription: Subscription | undefined): View {
  const keyboard = new InlineKeyboard();
  const where = ctx.t(scope.threadId === undefined ? 'alerts-where-chat' : 'alerts-where-topic');
  const lines = [ctx.t('alerts-group-title', { labelHtml: accountLabel(ctx, account), where })];
  if (!subscription) {
    lines.push(ctx.t('alerts-group-off'));
    keyboard.text(ctx.t('alerts-btn-subscribe'), callbackData(ALERT_ACTIONS.subscribe, account.id));
  } else {
    lines.push(ctx.t('alerts-group-on', { types: typeList(ctx, subscription.types) }));
    if (subscription.paused) lines.push(ctx.t('alerts-paused-group'));
    keyboard.text(ctx.t('alerts-btn-types'), callbackData(ALERT_ACTIONS.types, account.id)).row();
    if (subscription.paused) keyboard.text(ctx.t('alerts-btn-resume'), callbackData(ALERT_ACTIONS.resume, account.id)).row();
    keyboard.text(ctx.t('alerts-btn-unsubscribe'), callbackData(ALERT_ACTIONS.unsubscribe, account.id));
  }
  return { text: lines.join('\n\n'), keyboard };
}

export function typesView(ctx: BotContext, account: Account, scope: AlertScope, types: readonly string[]): View {
  const keyboard = new InlineKeyboard();
  CHOOSABLE_TYPES.forEach((type, index) => {
    const mark = types.includes(type) ? '✅' : '▫️';
    keyboard.text(`${mark} ${ctx.t(typeLabelKey(type))}`, callbackData(ALERT_ACTIONS.toggle, account.id, typeCode(type)));
    if (index % 2 === 1) keyboard.row();
  });
  keyboard.row().text(ctx.t('btn-back'), callbackData(ALERT_ACTIONS.overview, account.id));
  const where = ctx.t(scope.kind === 'person' ? 'alerts-where-you' : scope.threadId === undefined ? 'alerts-where-chat' : 'alerts-where-topic');
  return { text: ctx.t('alerts-types', { labelHtml: accountLabel(ctx, account), where }), keyboard };
}
