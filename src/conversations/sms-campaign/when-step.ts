/**
 * Step 4 of an SMS campaign: send now, or at a date and time typed in Kazakhstan time (`25.12 10:00`, or `14:30`
 * for today), later than now and inside the hours the account allows.
 */
import { InlineKeyboard } from 'grammy';
import type { WizardContext } from '../../bot/context.js';
import { parseSendAt, timeInside } from '../../domain/campaign/index.js';
import { formatCalendarDate, type TimeWindow } from '../../domain/format/index.js';
import { marked } from '../campaign-steps/marks.js';
import { windowText, wizardNow } from '../campaign-steps/schedule.js';
import type { Move, StepPosition, WizardEnv } from '../kit/wizard-env.js';
import { choice } from '../kit/wizard-ui.js';

/** When the SMS go out: at once, or at a Kazakhstan date and time. */
export type SendAt = { readonly kind: 'now' } | { readonly kind: 'at'; readonly date: string; readonly time: string };

/** "now" or `25 дек. 2026 г., 10:00`. */
export function sendAtText(ctx: WizardContext, sendAt: SendAt): string {
  return sendAt.kind === 'now' ? ctx.t('launch-send-now') : `${formatCalendarDate(sendAt.date, ctx.viewer.lang)}, ${sendAt.time.slice(0, 5)}`;
}

export async function askSendAt(env: WizardEnv, position: StepPosition, current: SendAt | null, allowed: TimeWindow): Promise<{ move: Move; sendAt: SendAt | null }> {
  const { ui } = env;
  for (;;) {
    const t = ui.ctx.t.bind(ui.ctx);
    const choices = new InlineKeyboard().text(marked(t('launch-send-now'), current?.kind === 'now'), choice('now'));
    if (current?.kind === 'at') choices.row().text(marked(sendAtText(ui.ctx, current), true), choice('keep'));
    const answer = await ui.ask({ ...position, body: t('launch-send-ask', { allowed: windowText(allowed) }), choices });
    if (answer.kind === 'back') return { move: 'back', sendAt: current };
    if (answer.kind === 'choice') {
      if (answer.value === 'now') return { move: 'next', sendAt: { kind: 'now' } };
      if (current !== null) return { move: 'next', sendAt: current };
      continue;
    }
    if (answer.kind !== 'text') continue;
    const parsed = parseSendAt(answer.text, await wizardNow(env));
    if (!parsed.ok) ui.invalid(t(`launch-send-${parsed.kind.replaceAll('_', '-')}`));
    else if (!timeInside(parsed.time, allowed)) ui.invalid(t('launch-send-outside-allowed', { allowed: windowText(allowed) }));
    else return { move: 'next', sendAt: { kind: 'at', date: parsed.date, time: parsed.time } };
  }
}
