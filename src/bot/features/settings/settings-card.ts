/**
 * The settings card: who the account is (name, phone), when it may call, its prices, what it has done so far, its
 * subscriptions and visit card; the owner's buttons change them, everyone else's only look further.
 */
import { InlineKeyboard } from 'grammy';
import type { Settings } from '../../../api/index.js';
import { formatCount, formatDuration, formatMoney } from '../../../domain/format/index.js';
import { formatPhone } from '../../../domain/phone/index.js';
import { truncateText } from '../../../domain/text/index.js';
import type { Role } from '../../../store/index.js';
import { roleAllows } from '../../auth/permissions.js';
import type { BotContext } from '../../context.js';
import { links } from '../../links.js';
import type { View } from '../../show.js';
import { settingsData } from './settings-callbacks.js';

/** Characters of the visit card text shown on the card; the visit card view shows it whole. */
const TEXT_PREVIEW = 40;

const hhmm = (time: string | undefined): string => (time ?? '').slice(0, 5) || '—';

export function onOff(ctx: BotContext, value: boolean | undefined): string {
  return ctx.t(value ? 'settings-on' : 'settings-off');
}

function statisticsText(ctx: BotContext, settings: Settings): string {
  const stats = settings.statistics ?? {};
  const lang = ctx.viewer.lang;
  const count = (value: number | undefined) => formatCount(value ?? 0, lang);
  return ctx.t('settings-statistics', {
    calls: count(stats.calls),
    duration: formatDuration(stats.duration ?? 0, lang),
    autocalls: count(stats.autocalls),
    bulks: count(stats.bulks),
    sms: count(stats.sms),
    lists: count(stats.lists),
    contacts: count(stats.contacts),
    confirmed: count(stats.confirmed_numbers),
    spam: count(stats.spam_reports),
  });
}

export function settingsCard(ctx: BotContext, account: { id: string }, role: Role, settings: Settings, noticeHtml = ''): View {
  const lang = ctx.viewer.lang;
  const money = (value: number | undefined) => formatMoney(value ?? 0, lang);
  const text = ctx.t('settings-card', {
    noticeHtml: noticeHtml ? `${noticeHtml}\n\n` : '',
    name: settings.name ?? '—',
    phone: settings.phone ? formatPhone(`+7${settings.phone}`) : '—',
    from: hhmm(settings.time_from),
    to: hhmm(settings.time_to),
    recalled: settings.recalled ?? 0,
    callPrice: money(settings.price),
    sipPrice: money(settings.sip_price),
    smsPrice: money(settings.sms_price),
    synthesisPrice: money(settings.synthesis_price),
    speechPrice: money(settings.speech_price),
    recordingPrice: money(settings.recording_price),
    statisticsHtml: statisticsText(ctx, settings),
    subscribe: onOff(ctx, settings.subscribe),
    notifications: onOff(ctx, settings.notifications_subscribe),
    audio: settings.visit_card_audio == null ? ctx.t('settings-not-set') : `#${settings.visit_card_audio}`,
    visitText: settings.visit_card_text ? truncateText(settings.visit_card_text, TEXT_PREVIEW) : ctx.t('settings-not-set'),
  });
  const keyboard = new InlineKeyboard();
  if (roleAllows(role, 'settings.edit')) {
    keyboard.text(ctx.t('settings-btn-rename'), settingsData('rename', account.id)).row();
    keyboard.text(ctx.t('settings-btn-subscribe', { state: onOff(ctx, settings.subscribe) }), settingsData('subscribe', account.id, settings.subscribe ? 0 : 1)).row();
    keyboard
      .text(ctx.t('settings-btn-notifications', { state: onOff(ctx, settings.notifications_subscribe) }), settingsData('notifications', account.id, settings.notifications_subscribe ? 0 : 1))
      .row();
  }
  keyboard.text(ctx.t('settings-btn-visit-card'), settingsData('visitCard', account.id)).text(ctx.t('settings-btn-numbers'), settingsData('confirmedNumbers', account.id, 0)).row();
  keyboard.text(ctx.t('settings-btn-caller-ids'), links.callerIds(account.id)).text(ctx.t('settings-btn-refresh'), settingsData('card', account.id));
  return { text, keyboard };
}
