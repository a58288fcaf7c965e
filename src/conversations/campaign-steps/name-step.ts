/** The name step of both launch wizards: 1–40 characters typed, or the current or suggested name with one tap. */
import { InlineKeyboard } from 'grammy';
import { truncateText } from '../../domain/text/index.js';
import { choice, type WizardUi } from '../kit/wizard-ui.js';
import type { StepPosition } from '../kit/wizard-env.js';

/** Names of AutoCall resources are 1–40 characters. */
const NAME_MAX = 40;

export interface NameOptions extends StepPosition {
  readonly current: string | null;
  /** Offered when there is no name yet (the campaign's kind and date). */
  readonly suggested: string;
}

export async function askName(ui: WizardUi, options: NameOptions): Promise<{ readonly kind: 'name'; readonly name: string } | { readonly kind: 'back' }> {
  const offered = options.current ?? options.suggested;
  for (;;) {
    const t = ui.ctx.t.bind(ui.ctx);
    const label = t(options.current === null ? 'launch-btn-use-name' : 'launch-btn-keep-name', { name: truncateText(offered, NAME_MAX) });
    const answer = await ui.ask({
      step: options.step,
      of: options.of,
      body: t('launch-name-ask', { max: NAME_MAX }),
      choices: new InlineKeyboard().text(label, choice('keep')),
    });
    if (answer.kind === 'back') return answer;
    if (answer.kind === 'choice') return { kind: 'name', name: offered };
    if (answer.kind !== 'text') continue;
    const name = answer.text.trim().replace(/\s+/gu, ' ');
    if (name.length > NAME_MAX) ui.invalid(t('launch-name-too-long', { length: name.length, max: NAME_MAX }));
    else if (name !== '') return { kind: 'name', name };
  }
}
