/**
 * What the list wizard keeps in the conversation between steps: small values only (the contacts themselves are a
 * draft in the store under the wizard id), and the frame every step shares.
 */
import type { Conversation } from '@grammyjs/conversations';
import type { BotContext, WizardContext } from '../../bot/context.js';
import type { ContactTotals } from '../../domain/contacts/index.js';
import type { WizardUi } from '../kit/wizard-ui.js';
import type { InputOutcome } from './collect-input.js';

export interface ListDraft {
  /** A UUID: the list's `client_id` and the key of its drafts. */
  readonly wizardId: string;
  readonly accountId: string;
  /** The list appended to; null when a new list is made. */
  readonly listId: number | null;
  name: string;
  totals: ContactTotals;
  /** The latest input that added something, for "added from clients.csv: …". */
  last: Extract<InputOutcome, { ok: true }> | null;
  /** Pasted messages so far: refusals name "message 2". */
  texts: number;
  /** The refusal count the refusals document was last sent for (the same document is not sent twice). */
  refusalsSentFor: number;
}

export interface StepFrame {
  readonly ui: WizardUi;
  readonly conversation: Conversation<BotContext, WizardContext>;
  readonly draft: ListDraft;
  /** "Step k/n". */
  readonly step: number;
  readonly of: number;
}

export type Move = 'next' | 'back';
