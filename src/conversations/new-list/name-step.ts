/** Step "name" of a new list: 1–40 characters; asked again, it offers the name given before. */
import { InlineKeyboard } from 'grammy';
import { checkResourceName } from '../../domain/naming/index.js';
import { choice } from '../kit/wizard-ui.js';
import type { Move, StepFrame } from './list-draft.js';

const KEEP = 'keep';

export async function nameStep({ ui, draft, step, of }: StepFrame): Promise<Move> {
  for (;;) {
    const current = draft.name;
    const choices = current === '' ? undefined : new InlineKeyboard().text(`✓ ${current}`, choice(KEEP));
    const body = current === '' ? ui.ctx.t('newlist-ask-name') : ui.ctx.t('newlist-ask-name-again', { name: current });
    const answer = await ui.ask({ step, of, body, ...(choices ? { choices } : {}) });
    if (answer.kind === 'back') return 'back';
    if (answer.kind === 'choice' && answer.value === KEEP && current !== '') return 'next';
    if (answer.kind !== 'text') continue;
    const name = checkResourceName(answer.text);
    if (name.ok) {
      draft.name = name.text;
      return 'next';
    }
    ui.invalid(ui.ctx.t(`newlist-name-${name.kind}`, { length: name.length, max: name.max }));
  }
}
