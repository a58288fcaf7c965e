/**
 * Wizard: launch an SMS campaign (`/sms`, the menu, and a list's "SMS this list", which starts it with the list
 * chosen). Six steps, each with « Back and ✖ Cancel: the text with its live encoding and segment preview,
 * recipients (variables they lack flagged), a preview of the first three messages as they will be sent, when
 * (now or a date and time), the name, and the summary with the price, the balance and **Launch**. The wizard's
 * id is the campaign's `client_id` and the key of its draft of numbers.
 */
import { randomUUID } from 'node:crypto';
import type { Conversation } from '@grammyjs/conversations';
import { z } from 'zod';
import type { BotContext, WizardContext } from '../../bot/context.js';
import type { TimeWindow } from '../../domain/format/index.js';
import { templatePlaceholders } from '../../domain/sms/index.js';
import { askLaunch } from '../campaign-steps/launch-step.js';
import { askName } from '../campaign-steps/name-step.js';
import { askRecipients, chosenList, NO_RECIPIENTS, type Recipients } from '../campaign-steps/recipients-step.js';
import { allowedHours, wizardNow } from '../campaign-steps/schedule.js';
import { askSmsText } from '../campaign-steps/sms-text-step.js';
import { runSteps, type StepOutcome } from '../kit/bounded-steps.js';
import { type Move, type WizardEnv, withApi } from '../kit/wizard-env.js';
import { WizardUi } from '../kit/wizard-ui.js';
import { bulkCard, smsLaunch, smsSummaryLines } from './bulk-launch.js';
import { askPreview } from './preview-step.js';
import { askSendAt, type SendAt } from './when-step.js';

export const SMS_WIZARD = 'launch-sms';
const STEPS = 6;

export interface SmsWizardArgs {
  accountId: string;
  /** Chosen already by the button that started the wizard ("SMS this list"). */
  listId?: number;
}

function answered<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`SMS wizard reached its summary without ${what}`);
  return value;
}

/** The answers so far; kept in the wizard's step record between steps (see `runSteps`). */
interface SmsState {
  readonly step: number;
  readonly text: string | null;
  readonly recipients: Recipients;
  readonly sendAt: SendAt | null;
  readonly name: string | null;
  /** The account's allowed hours, read once at step 4. */
  readonly allowed: TimeWindow | null;
}

/** The record is this wizard's own writing; the check only keeps a foreign value from going on. */
const smsStateSchema = z.custom<SmsState>((value) => typeof value === 'object' && value !== null && 'step' in value && 'recipients' in value);

/** One step of the wizard: what it asks, and the answers after it. */
async function smsStep(env: WizardEnv, args: SmsWizardArgs, state: SmsState): Promise<StepOutcome<SmsState>> {
  const { ui } = env;
  const { step, text, recipients, sendAt, name } = state;
  const position = { step, of: STEPS };
  const go = (change: Partial<SmsState>, move: Move | 'stay'): StepOutcome<SmsState> => ({
    kind: 'continue',
    state: { ...state, ...change, step: move === 'stay' ? step : move === 'next' ? step + 1 : step - 1 },
  });
  switch (step) {
    case 1: {
      const answer = await askSmsText(ui, { ...position, heading: ui.ctx.t('launch-sms-text-head'), current: text, canTurnOff: false });
      return answer.kind === 'text' ? go({ text: answer.text }, 'next') : go({}, 'stay');
    }
    case 2: {
      const variables = text === null ? [] : templatePlaceholders(text).variables;
      const chosen = await askRecipients(env, recipients, { ...position, phoneKind: 'bulk', variables });
      return go({ recipients: chosen.recipients }, chosen.move);
    }
    case 3:
      return go({}, await askPreview(env, position, answered(text, 'a text'), recipients));
    case 4: {
      const allowed = state.allowed ?? (await withApi(env, allowedHours));
      const chosen = await askSendAt(env, position, sendAt, allowed);
      return go({ sendAt: chosen.sendAt, allowed }, chosen.move);
    }
    case 5: {
      const day = sendAt?.kind === 'at' ? sendAt.date : (await wizardNow(env)).date;
      const suggested = ui.ctx.t('launch-sms-default-name', { date: `${day.slice(8, 10)}.${day.slice(5, 7)}` });
      const named = await askName(ui, { ...position, current: name, suggested });
      return named.kind === 'back' ? go({}, 'back') : go({ name: named.name }, 'next');
    }
    default: {
      const plan = { text: answered(text, 'a text'), recipients, sendAt: answered(sendAt, 'a send time'), name: answered(name, 'a name') };
      const outcome = await askLaunch(env, {
        ...position,
        lines: smsSummaryLines(ui.ctx, plan),
        ...smsLaunch(plan, env.wizardId),
        forbiddenKey: 'launch-refused-sms-forbidden',
        auditAction: 'sms.launch',
        name: plan.name,
      });
      if (outcome.move === 'back') return go({}, 'back');
      if (outcome.result.kind === 'created') {
        const card = bulkCard(ui.ctx, args.accountId, outcome.result.created);
        await ui.finish(card.text, card.keyboard);
      } else await ui.finish(ui.ctx.t('launch-sms-pending', { name: plan.name }));
      return { kind: 'done' };
    }
  }
}

export async function smsWizard(conversation: Conversation<BotContext, WizardContext>, ctx: WizardContext, args: SmsWizardArgs): Promise<void> {
  const ui = new WizardUi(conversation, ctx, { titleKey: 'launch-sms-title', accountId: args.accountId, permission: 'campaign.launch' });
  const env: WizardEnv = { conversation, ui, accountId: args.accountId, wizardId: await conversation.external(() => randomUUID()) };
  const { listId } = args;
  const list = listId === undefined ? null : await withApi(env, (api) => chosenList(api, listId));
  const initial: SmsState = { step: 1, text: null, recipients: list ? { ...NO_RECIPIENTS, lists: [list] } : NO_RECIPIENTS, sendAt: null, name: null, allowed: null };
  await runSteps(env, { initial, schema: smsStateSchema }, (state) => smsStep(env, args, state));
}
