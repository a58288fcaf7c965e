/**
 * Wizard: top up the balance. One step — the amount (presets or typed, 200 ₸ at least) — then AutoCall's payment
 * page as a URL button. A preset chosen from an alert ("Top up 5 000 ₸") skips the step. Creating a payment link
 * spends nothing, so there is no confirmation; the money moves only on the payment page.
 */
import type { Conversation } from '@grammyjs/conversations';
import type { BotContext, WizardContext } from '../../bot/context.js';
import { formatMoney } from '../../domain/format/index.js';
import { WizardUi } from '../kit/wizard-ui.js';
import { askTopUpAmount } from './amount-step.js';
import { createPaymentLink, paymentLinkView } from './payment-link.js';

export const TOPUP_WIZARD = 'topup';

export interface TopUpArgs {
  accountId: string;
  /** Chosen already (an alert's preset button). */
  amount?: number;
}

export async function topUpWizard(conversation: Conversation<BotContext, WizardContext>, ctx: WizardContext, args: TopUpArgs): Promise<void> {
  const ui = new WizardUi(conversation, ctx, { titleKey: 'topup-title', accountId: args.accountId, permission: 'money.topup' });
  let amount = args.amount;
  while (amount === undefined) {
    // The only step offers no « Back, so only an amount comes back.
    const answer = await askTopUpAmount(ui, { step: 1, of: 1 });
    if (answer.kind === 'amount') amount = answer.amount;
  }
  await ui.progress(ui.ctx.t('topup-creating', { amount: formatMoney(amount, ui.ctx.viewer.lang) }));
  const link = await createPaymentLink(conversation, args.accountId, amount);
  await ui.progress(ui.ctx.t('topup-ready', { amount: formatMoney(amount, ui.ctx.viewer.lang) }));
  const view = paymentLinkView(ui.ctx, link);
  await ui.finish(view.text, view.keyboard.inline_keyboard.length > 0 ? view.keyboard : undefined);
}
