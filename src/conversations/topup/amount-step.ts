/**
 * The top-up amount, asked as one wizard step: the presets as buttons, or an amount typed in tenge (200 ₸ at
 * least, the contract's minimum). Shared by `/topup` and the launch summary's Top up, so both accept the same.
 */
import { InlineKeyboard } from 'grammy';
import { parseTengeAmount } from '../../domain/money/index.js';
import { formatMoney } from '../../domain/format/index.js';
import { choice, type WizardUi } from '../kit/wizard-ui.js';

export const TOPUP_PRESETS = [1000, 5000, 10_000] as const;
/** The contract's minimum; the maximum only catches a slip of the finger (an extra zero or three). */
const LIMITS = { min: 200, max: 10_000_000 };

export interface AmountStepOptions {
  readonly step: number;
  readonly of: number;
  /** Translated HTML above the question (what the top-up is for). */
  readonly heading?: string;
  /** Offer « Back (default: the kit's, from step 2 on). */
  readonly back?: boolean;
}

export type AmountAnswer = { readonly kind: 'amount'; readonly amount: number } | { readonly kind: 'back' };

/** Asks until a valid amount is chosen or typed; a wrong one is explained and the step asked again. */
export async function askTopUpAmount(ui: WizardUi, options: AmountStepOptions): Promise<AmountAnswer> {
  for (;;) {
    const lang = ui.ctx.viewer.lang;
    const presets = new InlineKeyboard();
    for (const preset of TOPUP_PRESETS) presets.text(formatMoney(preset, lang), choice(preset));
    const question = ui.ctx.t('topup-ask-amount', { min: formatMoney(LIMITS.min, lang) });
    const answer = await ui.ask({
      step: options.step,
      of: options.of,
      body: options.heading === undefined ? question : `${options.heading}\n\n${question}`,
      choices: presets,
      ...(options.back === undefined ? {} : { back: options.back }),
    });
    if (answer.kind === 'back') return answer;
    if (answer.kind === 'choice') {
      const amount = Number(answer.value);
      if ((TOPUP_PRESETS as readonly number[]).includes(amount)) return { kind: 'amount', amount };
    }
    if (answer.kind === 'text') {
      const parsed = parseTengeAmount(answer.text, LIMITS);
      if (parsed.ok) return { kind: 'amount', amount: parsed.amount };
      ui.invalid(ui.ctx.t(`topup-invalid-${parsed.kind}`, { min: formatMoney(parsed.min, lang), max: formatMoney(parsed.max, lang) }));
    }
  }
}
