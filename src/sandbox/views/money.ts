/** Balance, payments and the dashboard as the contract shows them. */
import { DAY_MS, localDate, localDateTime } from '../core/almaty-time.js';
import { roundMoney } from '../core/money.js';
import type { Account } from '../state/account.js';
import type { CallRecord, TransactionRecord } from '../state/records.js';
import { paginate } from './pagination.js';
import { apiUrl, type RenderContext } from './render-context.js';

export const CURRENCY = '₸';

/** Calls of the account's campaigns (those of deleted campaigns no longer count). */
export function allCalls(account: Account): CallRecord[] {
  return [...account.calls.values()].filter((call) => account.autocalls.has(call.autocallId));
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

