/**
 * Top up from a launch summary without leaving the wizard: the amount (the same step as `/topup`), the payment
 * link (created and audited as `/topup` does), then **Back to summary**, where the summary reads the balance
 * again. Everything chosen before stays as it was: the top-up is a detour inside the summary step.
 */
import { accessTo } from '../../bot/auth/guard.js';
import type { BotContext } from '../../bot/context.js';
import { formatMoney } from '../../domain/format/index.js';
import { choice } from '../kit/wizard-ui.js';
import { askTopUpAmount } from '../topup/amount-step.js';
import { createPaymentLink, paymentLinkView } from '../topup/payment-link.js';
import type { StepPosition, WizardEnv } from '../kit/wizard-env.js';

/** Runs the detour; returns when the person is back at the summary (after paying, or from the amount step). */
export async function topUpFromSummary(env: WizardEnv, position: StepPosition): Promise<void> {
  const { ui, conversation, accountId } = env;
  const allowed = await conversation.external(async (outside: BotContext) => (await accessTo(outside, accountId, 'money.topup')).ok);
  if (!allowed) {
    ui.invalid(ui.ctx.t('launch-topup-refused'));
    return;
  }
  const chosen = await askTopUpAmount(ui, { ...position, heading: ui.ctx.t('launch-topup-head'), back: true });
  if (chosen.kind === 'back') return;
  await ui.progress(ui.ctx.t('topup-creating', { amount: formatMoney(chosen.amount, ui.ctx.viewer.lang) }));
  const link = await createPaymentLink(conversation, accountId, chosen.amount);
  const view = paymentLinkView(ui.ctx, link);
  const choices = view.keyboard.text(ui.ctx.t('launch-btn-back-to-summary'), choice('summary'));
  // Only the way back is a choice here; anything typed is explained by the kit and the link shown again.
  await ui.ask({ ...position, body: `${view.text}\n\n${ui.ctx.t('launch-topup-after')}`, choices, accept: ['choice'], back: false });
}
