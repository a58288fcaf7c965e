/**
 * The body and buttons of each notification type. Texts come from `alerts.ftl` through `t` (which escapes every
 * value); buttons lead into the features that act on the item, through the shared `links`.
 */
import { formatCalendarDate, formatCount, formatDuration, formatMoney, parseApiDateTime } from '../../domain/format/index.js';
import { truncateText } from '../../domain/text/index.js';
import type { Language, MessageVariables } from '../../bot/i18n.js';
import { links } from '../../bot/links.js';
import type { CampaignDetails, NotificationFacts } from '../delivery.js';
import { booleanField, idField, numberField, scalarFields, textField, type NotificationData } from './notification-data.js';

export interface AlertButton {
  label: string;
  data: string;
}

export interface AlertBody {
  html: string;
  /** Rows of buttons. */
  buttons: AlertButton[][];
}

export interface BodyContext {
  t: (key: string, variables?: MessageVariables) => string;
  lang: Language;
  accountId: string;
  notification: NotificationFacts;
  details: CampaignDetails | undefined;
}

type BodyRenderer = (ctx: BodyContext) => AlertBody;

const DAY_MS = 86_400_000;
/** Moderator comments and unknown fields are quoted, never allowed to push a message past Telegram's limit. */
const QUOTE_MAX = 1000;
const GENERIC_FIELDS_MAX = 12;
const TOP_UP_AMOUNTS = [1000, 5000] as const;

const nameOf = (data: NotificationData) => textField(data, 'name') ?? `#${textField(data, 'id') ?? '—'}`;

function openButton(ctx: BodyContext, link: (accountId: string, id: number) => string): AlertButton[][] {
  const id = idField(ctx.notification.data);
  return id === undefined ? [] : [[{ label: ctx.t('alert-btn-open'), data: link(ctx.accountId, id) }]];
}

function withComment(ctx: BodyContext, html: string): string {
  const comment = textField(ctx.notification.data, 'comment');
  return comment === undefined ? html : `${html}\n${ctx.t('alert-comment', { comment: truncateText(comment, QUOTE_MAX) })}`;
}

function campaignOutcome(ctx: BodyContext, details: CampaignDetails): string {
  const count = (value: number | undefined) => formatCount(value ?? 0, ctx.lang);
  return ctx.t('alert-autocall-outcome', {
    percent: `${formatCount(Math.round((details.successPercentage ?? 0) * 10) / 10, ctx.lang)}%`,
    success: count(details.success),
    total: count(details.total),
    noAnswer: count(details.noAnswer),
    busy: count(details.busy),
    error: count(details.error),
    recalled: count(details.recalled),
    spam: count(details.spam),
    talk: formatDuration(details.talkSeconds ?? 0, ctx.lang),
    cost: details.finalCost === null || details.finalCost === undefined ? '—' : formatMoney(details.finalCost, ctx.lang),
  });
}

const autocallFinished: BodyRenderer = (ctx) => {
  const { data } = ctx.notification;
  const id = idField(data);
  const title = ctx.t('alert-autocall-finished', { name: ctx.details?.name ?? nameOf(data), id: textField(data, 'id') ?? '—' });
  const html = ctx.details ? `${title}\n${campaignOutcome(ctx, ctx.details)}` : `${title}\n${ctx.t('alert-autocall-no-details')}`;
  if (id === undefined) return { html, buttons: [] };
  return {
    html,
    buttons: [
      [
        { label: ctx.t('alert-btn-open'), data: links.campaign(ctx.accountId, id) },
        { label: ctx.t('alert-btn-export'), data: links.campaignExport(ctx.accountId, id) },
      ],
      [{ label: ctx.t('alert-btn-relaunch'), data: links.campaignRelaunch(ctx.accountId, id) }],
    ],
  };
};

const lowBalance: BodyRenderer = (ctx) => {
  const { data } = ctx.notification;
  const money = (name: string) => {
    const value = numberField(data, name);
    return value === undefined ? '—' : formatMoney(value, ctx.lang);
  };
  return {
    html: ctx.t('alert-low-balance', { balance: money('balance'), threshold: money('threshold') }),
    buttons: [
      TOP_UP_AMOUNTS.map((amount) => ({
        label: ctx.t('alert-btn-topup-amount', { amount: formatMoney(amount, ctx.lang) }),
        data: links.topUpAmount(ctx.accountId, amount),
      })),
      [{ label: ctx.t('alert-btn-topup-other'), data: links.topUp(ctx.accountId) }],
    ],
  };
};

/** Whole days from the notification to the end of the rental, counted on AutoCall's clock (demo time runs fast). */
function daysLeft(createdAt: string, until: string): number | undefined {
  const from = parseApiDateTime(createdAt);
  const to = parseApiDateTime(until);
  if (!from.ok || !to.ok) return undefined;
  return Math.max(0, Math.ceil((to.date.getTime() - from.date.getTime()) / DAY_MS));
}

function callerIdButton(ctx: BodyContext): AlertButton[][] {
  return [[{ label: ctx.t('alert-btn-callerids'), data: links.callerIds(ctx.accountId) }]];
}

const callerIdExpiring: BodyRenderer = (ctx) => {
  const { data, createdAt } = ctx.notification;
  const number = textField(data, 'number') ?? nameOf(data);
  const until = textField(data, 'rented_until');
  const days = until === undefined ? undefined : daysLeft(createdAt, until);
  const html =
    until === undefined || days === undefined
      ? ctx.t('alert-callerid-expiring-soon', { number })
      : ctx.t('alert-callerid-expiring', { number, until: formatCalendarDate(until.slice(0, 10), ctx.lang), days });
  return { html, buttons: callerIdButton(ctx) };
};

/** Moderation results: passed, refused (with the moderator's reason) or, when AutoCall does not say, just done. */
function moderation(what: string, link?: (accountId: string, id: number) => string): BodyRenderer {
  return (ctx) => {
    const confirmed = booleanField(ctx.notification.data, 'confirmed');
    const key = confirmed === true ? 'alert-moderation-passed' : confirmed === false ? 'alert-moderation-denied' : 'alert-moderation-result';
    const html = withComment(ctx, ctx.t(key, { what: ctx.t(what), name: nameOf(ctx.notification.data) }));
    return { html, buttons: link ? openButton(ctx, link) : [] };
  };
}

function commented(what: string, link?: (accountId: string, id: number) => string): BodyRenderer {
  return (ctx) => {
    const html = withComment(ctx, ctx.t('alert-commented', { what: ctx.t(what), name: nameOf(ctx.notification.data) }));
    return { html, buttons: link ? openButton(ctx, link) : [] };
  };
}

/** A type with a title, the item's name and, where one exists, a button to the item. */
function named(key: string, link?: (accountId: string, id: number) => string): BodyRenderer {
  return (ctx) => ({ html: ctx.t(key, { name: nameOf(ctx.notification.data) }), buttons: link ? openButton(ctx, link) : [] });
}

const importComplete: BodyRenderer = (ctx) => {
  const count = numberField(ctx.notification.data, 'contacts_count');
  const name = nameOf(ctx.notification.data);
  const html = count === undefined ? ctx.t('alert-import-complete', { name }) : ctx.t('alert-import-complete-count', { name, count: formatCount(count, ctx.lang) });
  return { html, buttons: openButton(ctx, links.list) };
};

const nonexistentContacts: BodyRenderer = (ctx) => {
  const count = numberField(ctx.notification.data, 'count');
  return {
    html: ctx.t('alert-nonexistent', { name: nameOf(ctx.notification.data), count: count === undefined ? '—' : formatCount(count, ctx.lang) }),
    buttons: openButton(ctx, links.list),
  };
};

const refreshBalance: BodyRenderer = (ctx) => {
  const { data } = ctx.notification;
  const amount = numberField(data, 'amount');
  const balance = numberField(data, 'balance');
  const key = textField(data, 'action') === 'withdraw' ? 'alert-balance-withdraw' : 'alert-balance-deposit';
  return {
    html: ctx.t(key, {
      amount: amount === undefined ? '—' : formatMoney(Math.abs(amount), ctx.lang),
      balance: balance === undefined ? '—' : formatMoney(balance, ctx.lang),
    }),
    buttons: [],
  };
};

const callerIdReleased: BodyRenderer = (ctx) => ({
  html: ctx.t('alert-callerid-released', { number: textField(ctx.notification.data, 'number') ?? nameOf(ctx.notification.data) }),
  buttons: callerIdButton(ctx),
});

/** A type the bot does not know yet: its name and its plain fields, so nothing AutoCall says is lost. */
export const genericBody: BodyRenderer = (ctx) => {
  const fields = scalarFields(ctx.notification.data)
    .slice(0, GENERIC_FIELDS_MAX)
    .map(([name, value]) => ctx.t('alert-generic-field', { name, value: truncateText(value, QUOTE_MAX / 4) }));
  return { html: [ctx.t('alert-generic', { type: ctx.notification.type }), ...fields].join('\n'), buttons: [] };
};

const BODIES: Readonly<Record<string, BodyRenderer>> = {
  AutocallFinished: autocallFinished,
  LowBalance: lowBalance,
  CallerIdExpiringSoon: callerIdExpiring,
  SMSBulkFinished: named('alert-bulk-finished', links.bulk),
  AutocallConfirmed: moderation('alert-what-autocall', links.campaign),
  AutocallCommented: commented('alert-what-autocall', links.campaign),
  SMSBulkConfirmed: moderation('alert-what-bulk', links.bulk),
  SMSBulkCommented: commented('alert-what-bulk', links.bulk),
  SoundConfirmed: moderation('alert-what-sound', links.sound),
  SoundCommented: commented('alert-what-sound', links.sound),
  ScenarioConfirmed: moderation('alert-what-scenario'),
  ScenarioCommented: commented('alert-what-scenario'),
  ImportComplete: importComplete,
  ImportFailure: named('alert-import-failure', links.list),
  NonexistentContactsDetected: nonexistentContacts,
  ExportIsReady: named('alert-export-ready'),
  ExportFailure: named('alert-export-failure'),
  RefreshBalance: refreshBalance,
  CallerIdReleased: callerIdReleased,
};

export function bodyRenderer(type: string): BodyRenderer {
  return BODIES[type] ?? genericBody;
}
