/**
 * Wizard: launch a call campaign (`/call`, the menu, and "Call this list / with this sound / with this scenario"
 * buttons of other features, which start it with that choice made). Nine steps, each with « Back and ✖ Cancel:
 * type, recipients, audio or scenario, start date, calling window, retries, extras, name, and the summary with
 * the price, the balance and **Launch**. Answers live in the step record of the kit's `runSteps` between steps; the
 * numbers sent straight into the wizard live in a draft keyed by the wizard's id, which is also the campaign's
 * `client_id`.
 */
import { randomUUID } from 'node:crypto';
import type { Conversation } from '@grammyjs/conversations';
import { z } from 'zod';
import type { BotContext, WizardContext } from '../../bot/context.js';
import type { TimeWindow } from '../../domain/format/index.js';
import { templatePlaceholders } from '../../domain/sms/index.js';
import { askLaunch } from '../campaign-steps/launch-step.js';
import { askName } from '../campaign-steps/name-step.js';
import { allowedHours, wizardNow } from '../campaign-steps/schedule.js';
import { askRecipients, chosenList } from '../campaign-steps/recipients-step.js';
import { runSteps, type StepOutcome } from '../kit/bounded-steps.js';
import { type Move, type WizardEnv, withApi } from '../kit/wizard-env.js';
import { WizardUi } from '../kit/wizard-ui.js';
import { askAudio, askScenario } from './audio-step.js';
import { type CallAnswers, newCallAnswers, scenarioModeration, soundModeration } from './call-answers.js';
import { callCard, callLaunch, callSummaryLines, watchCall } from './call-launch.js';
import { askExtras } from './extras-step.js';
import { askRetries } from './retries-step.js';
import { askStartDate, askWindow } from './schedule-steps.js';
import { askCallType } from './type-step.js';

export const CALL_WIZARD = 'launch-call';
const STEPS = 9;

export interface CallWizardArgs {
  accountId: string;
  /** Chosen already by the button that started the wizard. */
  listId?: number;
  soundId?: number;
  scenarioId?: number;
}

/** The answers a button chose for the person: the list, or the sound (regular) or scenario (interactive). */
async function preselected(env: WizardEnv, args: CallWizardArgs): Promise<CallAnswers> {
  const answers = newCallAnswers();
  const { listId, soundId, scenarioId } = args;
  if (listId === undefined && soundId === undefined && scenarioId === undefined) return answers;
  const chosen = await withApi(env, async (api) => ({
    list: listId === undefined ? null : await chosenList(api, listId),
    sound: soundId === undefined ? null : await api.sounds.get(soundId).then((s) => ({ id: s.id, name: s.name, seconds: s.duration, moderation: soundModeration(s) })),
    scenario: scenarioId === undefined ? null : await api.scenarios.get(scenarioId).then((s) => ({ id: s.id, name: s.name, moderation: scenarioModeration(s) })),
  }));
  if (chosen.list) answers.recipients = { ...answers.recipients, lists: [chosen.list] };
  if (chosen.sound && chosen.sound.moderation !== 'denied') {
    answers.type = 'regular';
    answers.audio = { kind: 'sound', ...chosen.sound };
  }
  if (chosen.scenario && chosen.scenario.moderation !== 'denied') {
    answers.type = 'interactive';
    answers.scenario = chosen.scenario;
  }
  return answers;
}

/** `{{variables}}` of the campaign's SMS texts. */
function smsVariables(answers: CallAnswers): string[] {
  return [...new Set([answers.smsReached, answers.smsNotReached].flatMap((text) => (text === null ? [] : templatePlaceholders(text).variables)))];
}

/** The answers so far; kept in the wizard's step record between steps (see `runSteps`). */
interface CallState {
  readonly step: number;
  readonly answers: CallAnswers;
  /** The account's allowed hours, read once at step 5. */
  readonly allowed: TimeWindow | null;
}

/** The record is this wizard's own writing; the check only keeps a foreign value from going on. */
const callStateSchema = z.custom<CallState>((value) => typeof value === 'object' && value !== null && 'step' in value && 'answers' in value);

/** One step of the wizard: what it asks, and the answers after it. */
async function callStep(env: WizardEnv, args: CallWizardArgs, state: CallState): Promise<StepOutcome<CallState>> {
  const { ui, conversation } = env;
  const { step } = state;
  const answers = { ...state.answers };
  const position = { step, of: STEPS };
  const go = (move: Move, allowed = state.allowed): StepOutcome<CallState> => ({ kind: 'continue', state: { step: move === 'next' ? step + 1 : step - 1, answers, allowed } });
  switch (step) {
    case 1: {
      const { move, type } = await askCallType(ui, position, answers.type);
      answers.type = type;
      return go(move);
    }
    case 2: {
      const { move, recipients } = await askRecipients(env, answers.recipients, { ...position, phoneKind: 'autocall', variables: smsVariables(answers) });
      answers.recipients = recipients;
      return go(move);
    }
    case 3: {
      if (answers.type === 'interactive') {
        const { move, scenario } = await askScenario(env, position, answers.scenario);
        answers.scenario = scenario;
        return go(move);
      }
      const { move, audio } = await askAudio(env, position, answers.audio);
      answers.audio = audio;
      return go(move);
    }
    case 4: {
      const { move, date } = await askStartDate(env, position, answers.date);
      answers.date = date;
      return go(move);
    }
    case 5: {
      const allowed = state.allowed ?? (await withApi(env, allowedHours));
      const { move, window } = await askWindow(env, position, { current: answers.window, date: answers.date ?? '', allowed });
      answers.window = window;
      return go(move, allowed);
    }
    case 6: {
      const { move, retries } = await askRetries(ui, position, { tries: answers.tries, interval: answers.interval });
      answers.tries = retries.tries;
      answers.interval = retries.interval;
      return go(move);
    }
    case 7: {
      const { move, extras } = await askExtras(env, position, answers);
      Object.assign(answers, extras);
      return go(move);
    }
    case 8: {
      const date = answers.date ?? '';
      const suggested = ui.ctx.t('launch-call-default-name', { date: `${date.slice(8, 10)}.${date.slice(5, 7)}` });
      const named = await askName(ui, { ...position, current: answers.name, suggested });
      if (named.kind === 'back') return go('back');
      answers.name = named.name;
      return go('next');
    }
    default: {
      const { date: today } = await wizardNow(env);
      const outcome = await askLaunch(env, {
        ...position,
        lines: callSummaryLines(ui.ctx, answers, today),
        ...callLaunch(answers, env.wizardId),
        forbiddenKey: 'launch-refused-spam',
        auditAction: 'campaign.launch',
        name: answers.name ?? '',
      });
      if (outcome.move === 'back') return go('back');
      const { result } = outcome;
      if (result.kind === 'created') {
        const card = callCard(ui.ctx.t.bind(ui.ctx), ui.ctx.viewer.lang, args.accountId, result.created);
        await ui.finish(card.text, card.keyboard);
        return { kind: 'done' };
      }
      const name = answers.name ?? '';
      await ui.finish(ui.ctx.t('launch-call-accepted', { name }));
      await conversation.external((outside: BotContext) => watchCall(outside, args.accountId, env.wizardId, name));
      return { kind: 'done' };
    }
  }
}

export async function callWizard(conversation: Conversation<BotContext, WizardContext>, ctx: WizardContext, args: CallWizardArgs): Promise<void> {
  const ui = new WizardUi(conversation, ctx, { titleKey: 'launch-call-title', accountId: args.accountId, permission: 'campaign.launch' });
  const env: WizardEnv = { conversation, ui, accountId: args.accountId, wizardId: await conversation.external(() => randomUUID()) };
  const initial: CallState = { step: 1, answers: await preselected(env, args), allowed: null };
  await runSteps(env, { initial, schema: callStateSchema }, (state) => callStep(env, args, state));
}
