/** `/balance`, `/payments`, `/dashboard`. */
import { openTopUp, topUpInput } from '../actions/payments.js';
import { balanceView, dashboardView, paymentsView } from '../views/money.js';
import { json, pageOf } from './reply.js';
import type { AccountHandler } from './types.js';

export const moneyHandlers = {
  'get-balance': (req) => json(200, balanceView(req.ctx.account)),
  'get-payments': (req) => json(200, paymentsView(req.ctx.account, pageOf(req), req.rc)),
  'post-payments': (req) => {
    const transaction = openTopUp(req.ctx, topUpInput.parse(req.body).amount);
    return json(201, { payment_url: `${req.rc.origin}/pay/${transaction.paymentOrder ?? ''}` });
  },
  'get-dashboard': (req) => json(200, dashboardView(req.ctx.account, req.rc)),
} satisfies Record<string, AccountHandler>;
