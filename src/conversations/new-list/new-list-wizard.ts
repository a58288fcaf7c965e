/**
 * Wizard: a new contact list (`/newlist`) — name, numbers from any mix of pasted text, files and shared contacts,
 * review, upload — or more numbers for an existing list ("Append numbers": numbers, review, upload). Everything
 * entered stays when the person goes back; the contacts live in a draft under the wizard id, which is also the
 * new list's `client_id`, and the rest in the kit's step record (`runSteps`), so every input starts a short log.
 */
import { randomUUID } from 'node:crypto';
import type { Conversation } from '@grammyjs/conversations';
import { z } from 'zod';
import { isAutocallError } from '../../api/index.js';
import type { BotContext, WizardContext } from '../../bot/context.js';
import { runSteps } from '../kit/bounded-steps.js';
import { WizardUi } from '../kit/wizard-ui.js';
import { wizardApi } from '../kit/wizard-env.js';
import { NO_TOTALS } from './collect-input.js';
import type { ListDraft, Move, StepFrame } from './list-draft.js';
import { nameStep } from './name-step.js';
import { numbersStep } from './numbers-step.js';
import { reviewStep } from './review-step.js';
import { uploadStep } from './upload-step.js';

export const NEW_LIST_WIZARD = 'new-list';

export interface NewListArgs {
  accountId: string;
  /** Append to this list instead of creating one. */
  listId?: number;
}

type Step = 'name' | 'numbers' | 'review';

/** Between steps: the step's place and the draft (see `runSteps`). */
interface ListState {
  readonly index: number;
  readonly draft: ListDraft;
}

/** The record is this wizard's own writing; the check only keeps a foreign value from going on. */
const listStateSchema = z.custom<ListState>((value) => typeof value === 'object' && value !== null && 'index' in value && 'draft' in value);

/** The list appended to, as AutoCall has it; null when it is not there (deleted meanwhile). */
async function appendTarget(outside: BotContext, accountId: string, listId: number): Promise<{ id: number; name: string } | null> {
  try {
    const list = await (await wizardApi(outside, accountId)).lists.get(listId);
    return { id: list.id, name: list.name };
  } catch (error) {
    if (isAutocallError(error) && error.kind === 'not_found') return null;
    throw error;
  }
}

/** Where a step leaves the wizard: `stay` asks it again, `lost` means the collected numbers are gone. */
async function run(step: Step, frame: StepFrame): Promise<Move | 'stay' | 'lost' | 'done'> {
  switch (step) {
    case 'name':
      return nameStep(frame);
    case 'numbers':
      return numbersStep(frame);
    case 'review': {
      const move = await reviewStep(frame);
      if (move === null) return 'lost';
      if (move === 'back') return 'back';
      return (await uploadStep(frame)) === 'done' ? 'done' : 'stay';
    }
  }
}

export async function newListWizard(conversation: Conversation<BotContext, WizardContext>, ctx: WizardContext, args: NewListArgs): Promise<void> {
  const appending = args.listId !== undefined;
  const ui = new WizardUi(conversation, ctx, { titleKey: appending ? 'newlist-append-title' : 'newlist-title', accountId: args.accountId, permission: 'content.edit' });
  const wizardId = await conversation.external(() => randomUUID());
  let name = '';
  if (args.listId !== undefined) {
    const listId = args.listId;
    const target = await conversation.external((outside: BotContext) => appendTarget(outside, args.accountId, listId));
    if (target === null) return ui.finish(ui.ctx.t('newlist-stop-list_gone'));
    name = target.name;
  }
  const draft: ListDraft = { wizardId, accountId: args.accountId, listId: args.listId ?? null, name, totals: NO_TOTALS, last: null, texts: 0, refusalsSentFor: 0 };
  const steps: readonly Step[] = appending ? ['numbers', 'review'] : ['name', 'numbers', 'review'];
  const env = { conversation, ui, accountId: args.accountId, wizardId };
  await runSteps(env, { initial: { index: 0, draft }, schema: listStateSchema }, async (state) => {
    // The steps write into the draft they are given; the copy is what the step record keeps.
    const current: ListDraft = { ...state.draft };
    const move = await run(steps[state.index] ?? 'review', { ui, conversation, draft: current, step: state.index + 1, of: steps.length });
    if (move === 'done') return { kind: 'done' };
    let index = state.index;
    if (move === 'next') index += 1;
    if (move === 'back') index = Math.max(0, index - 1);
    if (move === 'lost') {
      current.totals = NO_TOTALS;
      current.last = null;
      ui.invalid(ui.ctx.t('newlist-input-expired'));
      index = steps.indexOf('numbers');
    }
    return { kind: 'continue', state: { index, draft: current } };
  });
}
