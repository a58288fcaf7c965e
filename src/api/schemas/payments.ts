import { z } from 'zod';
import { numberLike, openEnum, pageOf, timestamp } from './primitives.js';

// ── Responses ─────────────────────────────────────────────────────────────────────────────────

/** GET /balance. */
export const balanceSchema = z.looseObject({
  balance: numberLike,
  /** Currency symbol, e.g. `₸`. */
  currency: z.string(),
});

/** A balance movement; `total` is negative for a withdrawal. */
export const transactionSchema = z.looseObject({
  id: z.number().optional(),
  type: openEnum(['withdraw', 'deposit']).optional(),
  confirmed: z.boolean().optional(),
  meta: z.looseObject({ description: z.string().optional() }).optional(),
  created_at: timestamp.optional(),
  updated_at: timestamp.optional(),
  total: numberLike.optional(),
});

/** GET /payments: balance, turnover and one page of transactions. */
export const paymentsSchema = balanceSchema.extend({
  /** Frozen for running campaigns. */
  reserved: numberLike,
  incoming: numberLike,
  outgoing: numberLike,
  paid: numberLike,
  used: numberLike,
  transactions: pageOf(transactionSchema),
});

/** POST /payments: where to pay by card. */
export const paymentLinkSchema = z.looseObject({ payment_url: z.string() });

export type Balance = z.infer<typeof balanceSchema>;
export type Transaction = z.infer<typeof transactionSchema>;
export type Payments = z.infer<typeof paymentsSchema>;
export type PaymentLink = z.infer<typeof paymentLinkSchema>;

// ── Requests ──────────────────────────────────────────────────────────────────────────────────

/** POST /payments: whole tenge, 200 at least. */
export const topUpBody = z.object({ amount: z.int().min(200) });

export type TopUp = z.input<typeof topUpBody>;
