/**
 * Top-ups. `POST /payments` opens a pending deposit and returns a payment page URL; the payment goes through when
 * that page is opened or, since nobody pays in tests, by itself a minute later.
 */
import { z } from 'zod';
import { hashParts } from '../core/random.js';
import type { Ctx } from '../state/context.js';
import { confirmDeposit } from '../state/ledger.js';
import type { TransactionRecord } from '../state/records.js';

export const topUpInput = z.object({ amount: z.number().int() });

const AUTO_PAY_MS = 60_000;

export function openTopUp(ctx: Ctx, amount: number): TransactionRecord {
  const id = ctx.world.nextId('transaction');
  const transaction: TransactionRecord = {
    id,
    type: 'deposit',
    confirmed: false,
    description: 'Пополнение баланса картой VISA/MASTERCARD',
    total: amount,
    paymentOrder: hashParts(ctx.world.seed, ctx.account.key, 'order', id).toString(16).padStart(8, '0'),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  ctx.account.transactions.set(id, transaction);
  if (transaction.paymentOrder) ctx.world.paymentOrders.set(transaction.paymentOrder, { key: ctx.account.key, id });
  ctx.account.schedule(ctx.now + AUTO_PAY_MS, { kind: 'payment-paid', transactionId: id });
  return transaction;
}

/** Life, or the payment page: the card payment went through. */
export function payTopUp(ctx: Ctx, transactionId: number): void {
  const transaction = ctx.account.transactions.get(transactionId);
  if (transaction?.paymentOrder) confirmDeposit(ctx, transaction);
}
