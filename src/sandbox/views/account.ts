/** Settings, money, dashboard and notifications as the contract shows them. */
import { DAY_MS, isoDateTime, localDate, localDateTime } from '../core/almaty-time.js';
import { roundMoney } from '../core/money.js';
import { TARIFFS } from '../domain/tariffs.js';
import type { Account } from '../state/account.js';
import type {
  CallRecord,
  ConfirmedNumberRecord,
  NotificationRecord,
  RentalRecord,
  TransactionRecord,
} from '../state/records.js';
import { paginate } from './pagination.js';
import { apiUrl, type RenderContext } from './render-context.js';

export const CURRENCY = '₸';

export function confirmedNumberView(n: ConfirmedNumberRecord) {
  return {
    id: n.id,
    number: n.number,
    verified_at: n.verifiedAt === null ? null : localDateTime(n.verifiedAt),
    created_at: localDateTime(n.createdAt),
    updated_at: localDateTime(n.updatedAt),
  };
}

function allCalls(account: Account): CallRecord[] {
  return [...account.calls.values()].filter((call) => account.autocalls.has(call.autocallId));
}

export function settingsView(account: Account) {
  const { settings } = account;
  const tariff = TARIFFS[account.tariff];
  const calls = allCalls(account);
  const confirmed = [...account.confirmedNumbers.values()];
  return {
    name: settings.name,
    phone: settings.phone,
    sms_verified_at: localDateTime(settings.smsVerifiedAt),
    moderation: true,
    time_from: '00:00:00',
    time_to: '23:59:59',
    price: tariff.callPrice.toFixed(2),
    sms_price: tariff.smsPrice.toFixed(2),
    sip_price: tariff.sipPrice.toFixed(2),
    speech_price: tariff.speechPrice.toFixed(2),
    synthesis_price: tariff.synthesisPrice.toFixed(2),
    recording_price: tariff.recordingPrice.toFixed(2),
    recalled: 24,
    subscribe: settings.subscribe,
    notifications_subscribe: settings.notificationsSubscribe,
    visit_card_audio: settings.visitCardAudio,
    visit_card_text: settings.visitCardText,
    confirmed_numbers: confirmed.map(confirmedNumberView),
    statistics: {
      duration: calls.reduce((sum, call) => sum + call.duration, 0),
      calls: calls.length,
      confirmed_numbers: confirmed.filter((n) => n.verifiedAt !== null).length,
      spam_reports: calls.filter((call) => call.status === 'spam').length,
      lists: account.lists.size,
      contacts: account.contacts.size,
      autocalls: account.autocalls.size,
      bulks: account.bulks.size,
      sms: account.messages.size,
    },
  };
}

export function balanceView(account: Account) {
  return { balance: account.balance, currency: CURRENCY };
}

export function transactionView(t: TransactionRecord) {
  return {
    id: t.id,
    type: t.type,
    confirmed: t.confirmed,
    meta: { description: t.description },
    created_at: localDateTime(t.createdAt),
    updated_at: localDateTime(t.updatedAt),
    total: t.total,
  };
}

/** Turnover (`incoming`, `outgoing`) is for the current month; `paid` and `used` for all time. */
export function paymentsView(account: Account, page: number, rc: RenderContext) {
  const month = localDate(rc.now).slice(0, 7);
  const confirmed = [...account.transactions.values()].filter((t) => t.confirmed);
  const sum = (list: readonly TransactionRecord[]): number => roundMoney(list.reduce((s, t) => s + Math.abs(t.total), 0));
  const deposits = confirmed.filter((t) => t.type === 'deposit');
  const withdrawals = confirmed.filter((t) => t.type === 'withdraw');
  const thisMonth = (t: TransactionRecord): boolean => localDate(t.createdAt).startsWith(month);
  const newestFirst = [...account.transactions.values()].reverse();
  return {
    balance: account.balance,
    currency: CURRENCY,
    reserved: account.reserved,
    incoming: sum(deposits.filter(thisMonth)),
    outgoing: sum(withdrawals.filter(thisMonth)),
    paid: sum(deposits),
    used: sum(withdrawals),
    transactions: paginate(newestFirst, page, `${apiUrl(rc)}/payments`, transactionView),
  };
}

function emptyActivity() {
  return { all: 0, success: 0, recalled: 0, no_answer: 0, busy: 0, error: 0, spam: 0 };
}

export function dashboardView(account: Account, rc: RenderContext) {
  const campaigns = [...account.autocalls.values()];
  const active = campaigns.filter((a) => a.status === 'running' || a.status === 'awaiting');
  const week: Record<string, ReturnType<typeof emptyActivity>> = {};
  for (let i = 6; i >= 0; i--) week[localDate(rc.now - i * DAY_MS)] = emptyActivity();
  const full = emptyActivity();
  let inQueue = 0;
  for (const call of allCalls(account)) {
    if (call.status === 'in_queue') {
      inQueue++;
      continue;
    }
    full.all++;
    full[call.status]++;
    const day = call.lastTryAt === null ? undefined : week[localDate(call.lastTryAt)];
    if (day) {
      day.all++;
      day[call.status]++;
    }
  }
  return {
    'running&awaiting': active.length,
    in_queue: inQueue,
    reserved: account.reserved,
    balance: account.balance,
    currency: CURRENCY,
    week_activity: week,
    full_activity: full,
  };
}

export function notificationView(n: NotificationRecord) {
  return {
    id: n.id,
    type: n.type,
    data: n.data,
    read_at: n.readAt === null ? null : localDateTime(n.readAt),
    created_at: localDateTime(n.createdAt),
    updated_at: localDateTime(n.updatedAt),
  };
}

export function rentalView(rental: RentalRecord) {
  return { id: rental.id, provider: rental.provider, number: rental.number, rented_until: isoDateTime(rental.rentedUntil) };
}
