/** `/payments`: turnover and totals, then the transactions, newest first, in pages with ‹ › and a count. */
import { InlineKeyboard } from 'grammy';
import type { AutocallApi, Payments, Transaction } from '../../../api/index.js';
import { formatCount, formatMoney } from '../../../domain/format/index.js';
import { apiPageOf } from '../../api-pages.js';
import type { BotContext } from '../../context.js';
import { addPager } from '../../pager.js';
import type { PageSlice } from '../../paging.js';
import type { View } from '../../show.js';
import { moneyData } from './money-callbacks.js';
import { transactionLine } from './transaction-line.js';

export interface PaymentsPage {
  summary: Payments;
  slice: PageSlice<Transaction>;
}

/** Bot page `page` of the transactions; the balance and turnover come with the first server page. */
export async function loadPaymentsPage(api: AutocallApi, page: number): Promise<PaymentsPage> {
  let summary: Payments | undefined;
  const slice = await apiPageOf(async (serverPage) => {
    const payments = await api.payments.list({ page: serverPage });
    summary ??= payments;
    return payments.transactions;
  }, page);
  if (!summary) throw new Error('apiPageOf fetches the first server page before anything else');
  return { summary, slice };
}

export function paymentsView(ctx: BotContext, account: { id: string; name: string }, { summary, slice }: PaymentsPage): View {
  const lang = ctx.viewer.lang;
  const lines = slice.items.map((transaction) => transactionLine(transaction, lang));
  const text = ctx.t('money-payments', {
    account: account.name,
    balance: formatMoney(summary.balance, lang),
    reserved: formatMoney(summary.reserved, lang),
    incoming: formatMoney(summary.incoming, lang),
    outgoing: formatMoney(summary.outgoing, lang),
    paid: formatMoney(summary.paid, lang),
    used: formatMoney(summary.used, lang),
    count: formatCount(slice.total, lang),
    page: slice.page + 1,
    pages: slice.pages,
    transactionsHtml: lines.length > 0 ? lines.join('\n') : ctx.t('money-payments-none'),
  });
  const keyboard = addPager(new InlineKeyboard(), slice, (page) => moneyData.payments(account.id, page));
  keyboard.text(ctx.t('money-btn-balance'), moneyData.balance(account.id));
  return { text, keyboard };
}
