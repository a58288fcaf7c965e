/**
 * A payment link: `POST /payments` for the amount chosen, audited as `topup.link`, and the message that offers
 * it — a URL button to AutoCall's payment page, the link as text when Telegram would refuse it as a button, or
 * the demo account's note (its payments are simulated). Shared by `/topup` and the launch summary's Top up.
 */
import type { Conversation } from '@grammyjs/conversations';
import { InlineKeyboard } from 'grammy';
import type { BotContext, WizardContext } from '../../bot/context.js';
import { formatMoney } from '../../domain/format/index.js';
import { escapeHtml } from '../../domain/text/index.js';

/** What the conversation keeps of a payment: plain data for its log. */
export interface PaymentLink {
  readonly amount: number;
  readonly url: string;
  /** A demo account: the sandbox simulates the payment; there is no page a phone could open. */
  readonly demo: boolean;
}

/** Creates the payment (outside the replay) and writes the audit entry. */
export function createPaymentLink(conversation: Conversation<BotContext, WizardContext>, accountId: string, amount: number): Promise<PaymentLink> {
  return conversation.external(async (outside: BotContext) => {
    const account = await outside.deps.store.accounts.get(accountId);
    if (!account) throw new Error(`account ${accountId} vanished during a top-up`);
    const { payment_url } = await (await outside.deps.apis.forAccount(account)).payments.create({ amount });
    await outside.deps.store.audit.append(accountId, {
      at: outside.deps.now(),
      actorId: outside.viewer.userId,
      actorName: outside.viewer.name,
      action: 'topup.link',
      target: String(amount),
      result: 'ok',
    });
    return { amount, url: payment_url, demo: account.demo };
  });
}

/** The message offering the payment page; `keyboard` holds the URL button when there is one. */
export function paymentLinkView(ctx: WizardContext, link: PaymentLink): { text: string; keyboard: InlineKeyboard } {
  const vars = { amount: formatMoney(link.amount, ctx.viewer.lang) };
  if (link.demo) return { text: ctx.t('topup-demo', vars), keyboard: new InlineKeyboard() };
  if (isButtonUrl(link.url)) return { text: ctx.t('topup-link', vars), keyboard: new InlineKeyboard().url(ctx.t('topup-btn-pay'), link.url).row() };
  return { text: `${ctx.t('topup-link', vars)}\n${escapeHtml(link.url)}`, keyboard: new InlineKeyboard() };
}

/** Telegram refuses URL buttons to plain http, IP addresses and localhost; such a link is sent as text instead. */
function isButtonUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && url.hostname.includes('.') && !/^[\d.]+$/.test(url.hostname);
  } catch {
    return false;
  }
}
