/**
 * Conversations v2 replays its whole log on every update, and the log keeps every update and every result from
 * outside: a wizard walked back and forth for long passes 32 KB, and each update reads and writes all of it.
 * A wizard run by `runSteps` keeps its answers in a draft record keyed by its id and, after each step, rewinds
 * the conversation to a checkpoint taken before the step: the log then holds what came before the loop (the
 * wizard's id, what a button chose) and one step at most. The kit's UI state (the prompt to edit) travels in the
 * same record, so the next step edits the same message as it would without the rewind.
 */
import { z } from 'zod';
import type { BotContext } from '../../bot/context.js';
import type { WizardEnv } from './wizard-env.js';
import { type UiSnapshot, uiSnapshotSchema, WIZARD_IDLE_MS } from './wizard-ui.js';

/** The record outlives the wizard's idle limit, so a person coming back after a day is told it expired. */
const RECORD_TTL_MS = WIZARD_IDLE_MS + 24 * 60 * 60 * 1000;

/** What a step comes to: the answers so far, for the next step, or the wizard's end. */
export type StepOutcome<S> = { readonly kind: 'continue'; readonly state: S } | { readonly kind: 'done' };

export interface StepsOptions<S> {
  /** The answers before the first step. */
  readonly initial: S;
  /** Checks the answers read back (the record is written by this wizard; a schema keeps a bad read from going on). */
  readonly schema: z.ZodType<S>;
}

const recordKey = (wizardId: string) => `${wizardId}:steps`;

/**
 * Runs `step` with the answers so far until it says `done`. Everything before the call is replayed from the log
 * on each update; `step` itself must get its answers from its argument only (locals of the caller set after the
 * checkpoint would be lost at the rewind).
 */
export async function runSteps<S>(env: WizardEnv, options: StepsOptions<S>, step: (state: S) => Promise<StepOutcome<S>>): Promise<void> {
  const { conversation, ui, wizardId } = env;
  const schema = z.object({ state: options.schema, ui: uiSnapshotSchema });
  const checkpoint = conversation.checkpoint();
  const saved = await conversation.external((outside: BotContext) => outside.deps.store.drafts.get(recordKey(wizardId), schema));
  if (saved) ui.restore(saved.ui);
  const outcome = await step(saved ? saved.state : options.initial);
  if (outcome.kind === 'done') {
    await conversation.external((outside: BotContext) => outside.deps.store.drafts.delete(recordKey(wizardId)));
    return;
  }
  const record: { state: S; ui: UiSnapshot } = { state: outcome.state, ui: ui.snapshot() };
  await conversation.external((outside: BotContext) => outside.deps.store.drafts.put(recordKey(wizardId), record, RECORD_TTL_MS));
  await conversation.rewind(checkpoint);
}
