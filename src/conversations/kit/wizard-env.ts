/**
 * What a wizard's steps work with: the conversation (for `external`), the kit's UI, the account the wizard acts
 * on and the wizard's id — a UUID that is the `client_id` of what it creates and the key of its drafts in the
 * store — and the AutoCall SDK for that account, read fresh each time: it may have been unlinked (or its key
 * replaced) while the wizard waited.
 */
import type { Conversation } from '@grammyjs/conversations';
import type { AutocallApi } from '../../api/index.js';
import type { BotContext, WizardContext } from '../../bot/context.js';
import type { WizardUi } from './wizard-ui.js';

export interface WizardEnv {
  readonly conversation: Conversation<BotContext, WizardContext>;
  readonly ui: WizardUi;
  readonly accountId: string;
  readonly wizardId: string;
}

/** Where a step leaves the wizard: on to the next step, or back to the previous one. */
export type Move = 'next' | 'back';

/** Where a step stands: its number and the wizard's count of steps, for "step k/n". */
export interface StepPosition {
  readonly step: number;
  readonly of: number;
}

/** The SDK for the wizard's account; for use inside `conversation.external`. */
export async function wizardApi(outside: BotContext, accountId: string): Promise<AutocallApi> {
  const account = await outside.deps.store.accounts.get(accountId);
  if (!account) throw new Error(`account ${accountId} vanished while a wizard was using it`);
  return outside.deps.apis.forAccount(account);
}

/**
 * Runs `task` outside the replay with the account's SDK. Its result is stored in the conversation's log, so it
 * must be small plain data: pages of names and counts, never the contacts themselves.
 */
export function withApi<T>(env: WizardEnv, task: (api: AutocallApi, outside: BotContext) => Promise<T>): Promise<T> {
  return env.conversation.external(async (outside: BotContext) => task(await wizardApi(outside, env.accountId), outside));
}
