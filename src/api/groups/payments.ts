import type { CallOptions } from '../client-options.js';
import type { Caller } from '../executor.js';
import { checked } from '../request-builder.js';
import { json } from '../response-readers.js';
import { balanceSchema, paymentLinkSchema, paymentsSchema, topUpBody, type TopUp } from '../schemas/payments.js';
import { pageQuery, type PageQuery } from '../schemas/primitives.js';

/** Balance, transactions and top-ups (`/balance`, `/payments`). */
export function createPaymentsApi(call: Caller) {
  return {
    balance: (options?: CallOptions) =>
      call({ operationId: 'get-balance', read: json(balanceSchema), retry: 'idempotent' }, options),

    /** Balance, turnover and one page of transactions. */
    list: (query: PageQuery = {}, options?: CallOptions) =>
      call(
        { operationId: 'get-payments', query: checked(pageQuery, query), read: json(paymentsSchema), retry: 'idempotent' },
        options,
      ),

    /** A card payment link for `amount` tenge (200 at least). Never repeated automatically. */
    create: (body: TopUp, options?: CallOptions) =>
      call(
        { operationId: 'post-payments', body: checked(topUpBody, body), read: json(paymentLinkSchema), retry: 'never' },
        options,
      ),
  };
}

export type PaymentsApi = ReturnType<typeof createPaymentsApi>;
