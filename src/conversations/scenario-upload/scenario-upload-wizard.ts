/**
 * Wizard: a scenario from a JSON file (or JSON pasted as text) — a new one (step 1 the file, step 2 the name, the
 * file's name offered) or a new structure for an existing one (one step). A file that is not JSON is explained
 * with the line, the column and what was wrong there; one AutoCall refuses (422) is explained and asked again at
 * the step it concerns. Created or replaced, the scenario goes to moderation and its card comes back.
 */
import { randomUUID } from 'node:crypto';
import type { Conversation } from '@grammyjs/conversations';
import { InlineKeyboard } from 'grammy';
import type { InlineKeyboardButton } from 'grammy/types';
import { isAutocallError } from '../../api/index.js';
import { accessTo } from '../../bot/auth/guard.js';
import type { BotContext, WizardContext } from '../../bot/context.js';
import { describeAutocallError } from '../../bot/errors/describe-autocall-error.js';
import { loadScenarioCard } from '../../bot/features/scenarios/scenario-card.js';
import { recordAction } from '../../bot/record-action.js';
import { truncateText } from '../../domain/text/index.js';
import { choice, WizardUi } from '../kit/wizard-ui.js';
import { NAME_MAX_LENGTH } from '../rename/rename-wizard.js';
import { type JsonProblem } from './json-syntax.js';
import { nameFromFile, readScenario, SCENARIO_MAX_BYTES, scenarioDraft } from './read-scenario.js';

export const SCENARIO_UPLOAD_WIZARD = 'scenario-upload';
const MB = 1024 * 1024;

/** `scenarioId` null makes a new scenario; a number replaces that scenario's structure. */
export interface ScenarioUploadArgs {
  accountId: string;
  scenarioId: number | null;
}

type Saved =
  | { kind: 'saved'; text: string; rows: InlineKeyboardButton[][] }
  | { kind: 'rejected'; text: string; step: 'file' | 'name' }
  | { kind: 'failed'; text: string; rows: InlineKeyboardButton[][] }
  | { kind: 'refused' };

/** Runs outside the replay: re-checks the role, sends the kept JSON to AutoCall, audits, renders the card. */
async function save(ctx: BotContext, args: ScenarioUploadArgs, draftKey: string, name: string | null): Promise<Saved> {
  const access = await accessTo(ctx, args.accountId, 'content.edit');
  if (!access.ok) return { kind: 'refused' };
  const data = await scenarioDraft(ctx, draftKey);
  if (data === null) return { kind: 'rejected', text: ctx.t('scenario-upload-expired'), step: 'file' };
  const scenarios = (await ctx.deps.apis.forAccount(access.account)).scenarios;
  try {
    const saved = args.scenarioId === null ? await scenarios.create({ name: name ?? '', data }) : await scenarios.update(args.scenarioId, { data });
    await recordAction(ctx, access.account.id, args.scenarioId === null ? 'scenario.create' : 'scenario.replace', `#${saved.id} «${saved.name}»`);
    await ctx.deps.store.drafts.delete(draftKey);
    const card = await loadScenarioCard(ctx, access, saved.id, ctx.t(args.scenarioId === null ? 'scenario-created' : 'scenario-replaced'));
    return { kind: 'saved', text: card.text, rows: card.keyboard.inline_keyboard };
  } catch (error) {
    if (!isAutocallError(error)) throw error;
    const reply = await describeAutocallError(ctx, error);
    if (error.kind === 'validation') {
      const aboutName = Object.keys(error.fields).some((field) => field === 'name');
      return { kind: 'rejected', text: reply.text, step: aboutName && args.scenarioId === null ? 'name' : 'file' };
    }
    return { kind: 'failed', text: reply.text, rows: reply.keyboard?.inline_keyboard ?? [] };
  }
}

function problemText(ctx: WizardContext, problem: JsonProblem): string {
  const found = problem.found === '' ? ctx.t('scenario-json-found-end') : ctx.t('scenario-json-found', { char: problem.found === '\n' ? '↵' : problem.found });
  return ctx.t('scenario-json-invalid', { line: problem.line, column: problem.column, reasonHtml: ctx.t(`scenario-json-${problem.kind}`), foundHtml: found });
}

export async function scenarioUploadConversation(conversation: Conversation<BotContext, WizardContext>, ctx: WizardContext, args: ScenarioUploadArgs): Promise<void> {
  const creating = args.scenarioId === null;
  const ui = new WizardUi(conversation, ctx, { titleKey: creating ? 'scenario-new-title' : 'scenario-replace-title', accountId: args.accountId, permission: 'content.edit' });
  const of = creating ? 2 : 1;
  const wizardId = await conversation.external(() => randomUUID());
  const current = creating
    ? null
    : await conversation.external(async (outside: BotContext) => {
        const access = await accessTo(outside, args.accountId, 'content.edit');
        return access.ok && args.scenarioId !== null ? (await (await outside.deps.apis.forAccount(access.account)).scenarios.get(args.scenarioId)).name : null;
      });

  let step: 'file' | 'name' = 'file';
  let draft: { key: string; fileName: string | null } | null = null;
  for (;;) {
    if (step === 'file' || draft === null) {
      const body = creating ? ui.ctx.t('scenario-upload-ask', { max: SCENARIO_MAX_BYTES / MB }) : ui.ctx.t('scenario-replace-ask', { name: current ?? '', max: SCENARIO_MAX_BYTES / MB });
      const answer = await ui.ask({ step: 1, of, body, accept: ['document', 'text'] });
      if (answer.kind !== 'document' && answer.kind !== 'text') continue;
      const read = await conversation.external((outside: BotContext) => readScenario(outside, wizardId, answer));
      if (!read.ok) {
        ui.invalid(read.kind === 'syntax' ? problemText(ui.ctx, read.problem) : ui.ctx.t(`scenario-upload-${read.kind}`, { max: SCENARIO_MAX_BYTES / MB }));
        continue;
      }
      draft = { key: read.draftKey, fileName: read.fileName };
      step = 'name';
    }

    let name: string | null = null;
    if (creating) {
      const suggested = nameFromFile(draft.fileName, NAME_MAX_LENGTH);
      const choices = suggested ? new InlineKeyboard().text(ui.ctx.t('scenario-name-use', { name: truncateText(suggested, 40) }), choice('file')) : undefined;
      const answer = await ui.ask({ step: 2, of, body: ui.ctx.t('scenario-name-ask', { max: NAME_MAX_LENGTH }), ...(choices ? { choices } : {}) });
      if (answer.kind === 'back') {
        step = 'file';
        continue;
      }
      name = answer.kind === 'choice' ? suggested : answer.kind === 'text' ? answer.text.trim() : null;
      if (name === null || name === '') continue;
      if (name.length > NAME_MAX_LENGTH) {
        ui.invalid(ui.ctx.t('rename-too-long', { max: NAME_MAX_LENGTH, length: name.length }));
        continue;
      }
    }

    const { key } = draft;
    const saved = await conversation.external((outside: BotContext) => save(outside, args, key, name));
    switch (saved.kind) {
      case 'rejected':
        ui.invalid(saved.text);
        step = saved.step;
        continue;
      case 'refused':
        await ui.finish(ui.ctx.t('wizard-access-lost'));
        return;
      case 'failed':
      case 'saved':
        await ui.finish(saved.text, new InlineKeyboard(saved.rows));
        return;
    }
  }
}
