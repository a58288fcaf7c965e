/** Step 1 of a call campaign: a regular campaign plays a recording; an interactive one runs a scenario. */
import { InlineKeyboard } from 'grammy';
import { choice, type WizardUi } from '../kit/wizard-ui.js';
import { marked } from '../campaign-steps/marks.js';
import type { Move, StepPosition } from '../kit/wizard-env.js';
import type { CallType } from './call-answers.js';

const TYPES: readonly CallType[] = ['regular', 'interactive'];

export async function askCallType(ui: WizardUi, position: StepPosition, current: CallType | null): Promise<{ move: Move; type: CallType | null }> {
  for (;;) {
    const t = ui.ctx.t.bind(ui.ctx);
    const choices = new InlineKeyboard();
    for (const type of TYPES) choices.text(marked(t(`launch-call-type-${type}`), type === current), choice(type)).row();
    const answer = await ui.ask({ ...position, body: t('launch-call-type-ask'), choices, accept: ['choice'] });
    if (answer.kind === 'back') return { move: 'back', type: current };
    const type = TYPES.find((known) => answer.kind === 'choice' && known === answer.value);
    if (type) return { move: 'next', type };
  }
}
