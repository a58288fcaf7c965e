/**
 * Wizard: top up the balance. One step — the amount (presets or typed, 200 ₸ at least) — then AutoCall's payment
 * page as a URL button. A preset chosen from an alert ("Top up 5 000 ₸") skips the step. Creating a payment link
 * spends nothing, so there is no confirmation; the money moves only on the payment page.
 */
import type { Conversation } from '@grammyjs/conversations';
import { InlineKeyboard } from 'grammy';
import type { BotContext, WizardContext } from '../../bot/context.js';
import { parseTengeAmount } from '../../domain/money/index.js';
import { formatMoney } from '../../domain/format/index.js';
import { escapeHtml } from '../../domain/text/index.js';
import { choice, WizardUi } from '../kit/wizard-ui.js';

export const TOPUP_WIZARD = 'topup';
export const TOPUP_PRESETS = [1000, 5000, 10_000] as const;
/** The contract's minimum; the maximum only catches a slip of the finger (an extra zero or three). */
const LIMITS = { min: 200, max: 10_000_000 };

export interface TopUpArgs {
  accountId: string;
  /** Chosen already (an alert's preset button). */
  amount?: number;
}

export async function topUpWizard(conversation: Conversation<BotContext, WizardContext>, ctx: WizardContext, args: TopUpArgs): Promise<void> {
  const ui = new WizardUi(conversation, ctx, { titleKey: 'topup-title', accountId: args.accountId, permission: 'money.topup' });
  let amount = args.amount;
  while (amount === undefined) {
    const lang = ui.ctx.viewer.lang;
    const presets = new InlineKeyboard();
    for (const preset of TOPUP_PRESETS) presets.text(formatMoney(preset, lang), choice(preset));
    const answer = await ui.ask({ step: 1, of: 1, body: ui.ctx.t('topup-ask-amount', { min: formatMoney(LIMITS.min, lang) }), choices: presets });
    if (answer.kind === 'choice') amount = Number(answer.value);
    if (answer.kind === 'text') {
      const parsed = parseTengeAmount(answer.text, LIMITS);
      if (parsed.ok) amount = parsed.amount;
      else ui.invalid(ui.ctx.t(`topup-invalid-${parsed.kind}`, { min: formatMoney(parsed.min, lang), max: formatMoney(parsed.max, lang) }));
    }
  }
  const chosen = amount;
  await ui.progress(ui.ctx.t('topup-creating', { amount: formatMoney(chosen, ui.ctx.viewer.lang) }));
  const link = await conversation.external(async (outside: BotContext) => {
    const account = await outside.deps.store.accounts.get(args.accountId);
    if (!account) throw new Error(`account ${args.accountId} vanished during a top-up`);
    const { payment_url } = await (await outside.deps.apis.forAccount(account)).payments.create({ amount: chosen });
    await outside.deps.store.audit.append(args.accountId, {
      at: outside.deps.now(),
      actorId: outside.viewer.userId,
      actorName: outside.viewer.name,
      action: 'topup.link',
      target: String(chosen),
      result: 'ok',
    });
    return { url: payment_url, demo: account.demo };
  });
  const lang = ui.ctx.viewer.lang;
  const vars = { amount: formatMoney(chosen, lang) };
  await ui.progress(ui.ctx.t('topup-ready', vars));
  // A demo account's payment is simulated by the sandbox: there is no page a phone could open.
  if (link.demo) return ui.finish(ui.ctx.t('topup-demo', vars));
  if (isButtonUrl(link.url)) return ui.finish(ui.ctx.t('topup-link', vars), new InlineKeyboard().url(ui.ctx.t('topup-btn-pay'), link.url));
  await ui.finish(`${ui.ctx.t('topup-link', vars)}\n${escapeHtml(link.url)}`);
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
