/**
 * Asking for an SMS text (the SMS campaign's, or a call campaign's SMS to those reached or not): after every
 * version typed, the live preview of its encoding and segments; a one-tap replacement of the characters that force
 * UCS-2 by their GSM-7 lookalikes; "Use this text" to go on. A text already chosen is shown and can be kept.
 */
import { InlineKeyboard } from 'grammy';
import { choice, type WizardUi } from '../kit/wizard-ui.js';
import { gsm7Suggestion, smsPreview } from './sms-preview.js';
import type { StepPosition } from '../kit/wizard-env.js';

/** `POST /bulks` takes 1–1600 characters. */
const SMS_TEXT_MAX = 1600;

export interface SmsTextOptions extends StepPosition {
  /** What the text is for (translated HTML), above the preview. */
  readonly heading: string;
  readonly current: string | null;
  /** Offer "Turn off": the SMS is optional (a call campaign's). */
  readonly canTurnOff: boolean;
}

export type SmsTextAnswer = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'back' } | { readonly kind: 'off' };

export async function askSmsText(ui: WizardUi, options: SmsTextOptions): Promise<SmsTextAnswer> {
  let draft = options.current;
  for (;;) {
    const t = ui.ctx.t.bind(ui.ctx);
    const choices = new InlineKeyboard();
    const suggestion = draft === null ? undefined : gsm7Suggestion(draft);
    if (suggestion !== undefined) choices.text(t('launch-btn-gsm7'), choice('gsm7')).row();
    if (draft !== null) choices.text(t('launch-btn-use-text'), choice('use'));
    if (options.canTurnOff) choices.text(t('launch-btn-turn-off'), choice('off'));
    const body = [options.heading, draft === null ? t('launch-sms-text-intro', { max: SMS_TEXT_MAX }) : smsPreview(ui.ctx, draft)].join('\n\n');
    const answer = await ui.ask({ step: options.step, of: options.of, body, choices });
    if (answer.kind === 'back') return answer;
    if (answer.kind === 'choice') {
      if (answer.value === 'off') return { kind: 'off' };
      if (answer.value === 'use' && draft !== null) return { kind: 'text', text: draft };
      if (answer.value === 'gsm7' && suggestion !== undefined) draft = suggestion;
      continue;
    }
    if (answer.kind !== 'text') continue;
    const text = answer.text.trim();
    if (text.length > SMS_TEXT_MAX) ui.invalid(t('launch-sms-too-long', { length: text.length, max: SMS_TEXT_MAX }));
    else if (text !== '') draft = text;
  }
}
