/** Step 6 of a call campaign: how many times a number is called (`max_tries` 1–4) and how far apart (minutes). */
import { InlineKeyboard } from 'grammy';
import { marked } from '../campaign-steps/marks.js';
import type { Move, StepPosition } from '../kit/wizard-env.js';
import { choice, type WizardUi } from '../kit/wizard-ui.js';
import { type Interval, INTERVALS, type Tries, TRIES } from './call-answers.js';

export interface Retries {
  readonly tries: Tries;
  readonly interval: Interval;
}

export async function askRetries(ui: WizardUi, position: StepPosition, current: Retries): Promise<{ move: Move; retries: Retries }> {
  let retries = current;
  for (;;) {
    const t = ui.ctx.t.bind(ui.ctx);
    const choices = new InlineKeyboard();
    for (const tries of TRIES) choices.text(marked(String(tries), tries === retries.tries), choice(`t${tries}`));
    choices.row();
    for (const interval of INTERVALS) choices.text(marked(t('launch-minutes', { minutes: interval }), interval === retries.interval), choice(`i${interval}`));
    choices.row().text(t('launch-btn-next'), choice('next'));
    const answer = await ui.ask({ ...position, body: t('launch-retries-ask'), choices, accept: ['choice'] });
    if (answer.kind === 'back') return { move: 'back', retries };
    if (answer.kind !== 'choice') continue;
    if (answer.value === 'next') return { move: 'next', retries };
    const tries = TRIES.find((n) => `t${n}` === answer.value);
    const interval = INTERVALS.find((n) => `i${n}` === answer.value);
    retries = { tries: tries ?? retries.tries, interval: interval ?? retries.interval };
  }
}
