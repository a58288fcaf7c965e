/**
 * Every movement of an account's money. Campaigns reserve their maximum cost up front (it leaves the spendable
 * balance and shows as `reserved`) and settle when they end: the actual cost becomes a withdrawal and the rest
 * returns. Each confirmed transaction is announced with RefreshBalance; falling below the account's threshold
 * with LowBalance.
 */
import { moneyString, roundMoney } from '../core/money.js';
import type { Ctx } from './context.js';
import { notify } from './notify.js';
import type { TransactionRecord } from './records.js';

function setBalance(ctx: Ctx, next: number): void {
  const { account } = ctx;
  const before = account.balance;
  account.balance = roundMoney(next);
  const threshold = account.lowBalanceThreshold;
  if (before >= threshold && account.balance < threshold) {
    notify(ctx, 'LowBalance', { balance: account.balance, threshold });
  }
}

function record(ctx: Ctx, type: TransactionRecord['type'], amount: number, description: string): TransactionRecord {
  const id = ctx.world.nextId('transaction');
  const transaction: TransactionRecord = {
    id,
    type,
    confirmed: true,
    description,
    total: type === 'withdraw' ? -roundMoney(amount) : roundMoney(amount),
    paymentOrder: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  ctx.account.transactions.set(id, transaction);
  return transaction;
}

function announce(ctx: Ctx, action: TransactionRecord['type'], amount: number): void {
  notify(ctx, 'RefreshBalance', { action, amount: moneyString(amount), balance: ctx.account.balance });
}

/** Whether `amount` can be spent or reserved now. */
export function canAfford(ctx: Ctx, amount: number): boolean {
  return roundMoney(amount) <= ctx.account.balance;
}

/** Takes `amount` for something paid at once (synthesis, flash call, rental, recognition). */
export function charge(ctx: Ctx, amount: number, description: string): void {
  if (amount <= 0) return;
  record(ctx, 'withdraw', amount, description);
  setBalance(ctx, ctx.account.balance - amount);
  announce(ctx, 'withdraw', amount);
}

export function deposit(ctx: Ctx, amount: number, description: string): void {
  record(ctx, 'deposit', amount, description);
  setBalance(ctx, ctx.account.balance + amount);
  announce(ctx, 'deposit', amount);
}

/** Confirms a pending top-up (created by `POST /payments`). */
export function confirmDeposit(ctx: Ctx, transaction: TransactionRecord): void {
  if (transaction.confirmed) return;
  transaction.confirmed = true;
  transaction.updatedAt = ctx.now;
  setBalance(ctx, ctx.account.balance + transaction.total);
  announce(ctx, 'deposit', transaction.total);
}

export function reserve(ctx: Ctx, amount: number): void {
  ctx.account.reserved = roundMoney(ctx.account.reserved + amount);
  setBalance(ctx, ctx.account.balance - amount);
}

/** Ends a reservation: `spent` is withdrawn, the rest of `reserved` returns to the balance. */
export function settle(ctx: Ctx, reserved: number, spent: number, description: string): void {
  const { account } = ctx;
  account.reserved = roundMoney(Math.max(0, account.reserved - reserved));
  // One step from the reserved-down balance to the final one: the low point was already checked at reservation.
  setBalance(ctx, account.balance + reserved - spent);
  if (spent <= 0) return;
  record(ctx, 'withdraw', spent, description);
  announce(ctx, 'withdraw', spent);
}
