/**
 * Wizard: rename a list, a sound or a scenario — one step on the wizard kit (header, Cancel, the role re-checked,
 * other taps passing through). A name over the contract's 40 characters, or one AutoCall refuses (422), is
 * explained and asked again; the renamed item's card comes back as the result. Each kind is a wizard of its own
 * (`rename-<kind>`), declared by the feature that owns the kind, so the features stay independent.
 */
import type { Conversation } from '@grammyjs/conversations';
import { InlineKeyboard } from 'grammy';
import type { InlineKeyboardButton } from 'grammy/types';
import { isAutocallError } from '../../api/index.js';
import { accessTo } from '../../bot/auth/guard.js';
import type { Granted } from '../../bot/auth/guarded-tap.js';
import type { BotContext, WizardContext } from '../../bot/context.js';
import { describeAutocallError } from '../../bot/errors/describe-autocall-error.js';
import type { WizardEntry } from '../../bot/features/feature.js';
import { recordAction } from '../../bot/record-action.js';
import { WizardUi } from '../kit/wizard-ui.js';

/** The contract's limit for every name (`resourceName`), counted as the SDK counts it. */
export const NAME_MAX_LENGTH = 40;

/** A view the wizard can send: plain inline keyboards, which survive the conversation's replay log as JSON. */
export interface CardView {
  text: string;
  keyboard: InlineKeyboard;
}

/** What a feature tells the wizard about one kind of renamable thing. */
export interface Renamable {
  /** Wizard id, unique per kind: `rename-list`. */
  id: string;
  /** The wizard's name in the step header. */
  titleKey: string;
  /** The step's text; gets `$name` (the current name) and `$max`. */
  promptKey: string;
  /** Audit action: `list.rename`. */
  auditAction: string;
  currentName(ctx: BotContext, granted: Granted, itemId: number): Promise<string>;
  rename(ctx: BotContext, granted: Granted, itemId: number, name: string): Promise<void>;
  card(ctx: BotContext, granted: Granted, itemId: number, noticeHtml?: string): Promise<CardView>;
}

export interface RenameArgs {
  accountId: string;
  itemId: number;
}

type Outcome =
  | { kind: 'renamed'; text: string; rows: InlineKeyboardButton[][] }
  | { kind: 'refused' }
  | { kind: 'rejected'; text: string }
  | { kind: 'failed'; text: string; rows: InlineKeyboardButton[][] };

/** Opens the wizard from a card's Rename button (the tap was checked for `content.edit` already). */
export async function enterRename(ctx: BotContext, renamable: Renamable, args: RenameArgs): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(renamable.id, args);
}

/** Runs outside the replay: re-checks the role, renames, audits, and renders the card with the change. */
async function apply(ctx: BotContext, renamable: Renamable, args: RenameArgs, name: string): Promise<Outcome> {
  const access = await accessTo(ctx, args.accountId, 'content.edit');
  if (!access.ok) return { kind: 'refused' };
  try {
    const before = await renamable.currentName(ctx, access, args.itemId);
    await renamable.rename(ctx, access, args.itemId, name);
    await recordAction(ctx, access.account.id, renamable.auditAction, `#${args.itemId} «${before}» → «${name}»`);
    const card = await renamable.card(ctx, access, args.itemId, ctx.t('rename-done', { before, after: name }));
    return { kind: 'renamed', text: card.text, rows: card.keyboard.inline_keyboard };
  } catch (error) {
    if (!isAutocallError(error)) throw error;
    const reply = await describeAutocallError(ctx, error);
    if (error.kind === 'validation') return { kind: 'rejected', text: reply.text };
    return { kind: 'failed', text: reply.text, rows: reply.keyboard?.inline_keyboard ?? [] };
  }
}

function builderFor(renamable: Renamable) {
  return async function renameConversation(conversation: Conversation<BotContext, WizardContext>, ctx: WizardContext, args: RenameArgs): Promise<void> {
    const ui = new WizardUi(conversation, ctx, { titleKey: renamable.titleKey, accountId: args.accountId, permission: 'content.edit' });
    const current = await conversation.external(async (outside: BotContext) => {
      const access = await accessTo(outside, args.accountId, 'content.edit');
      return access.ok ? renamable.currentName(outside, access, args.itemId) : '';
    });
    for (;;) {
      const answer = await ui.ask({ step: 1, of: 1, body: ui.ctx.t(renamable.promptKey, { name: current, max: NAME_MAX_LENGTH }) });
      if (answer.kind !== 'text') continue;
      const name = answer.text.trim();
      if (name.length > NAME_MAX_LENGTH) {
        ui.invalid(ui.ctx.t('rename-too-long', { max: NAME_MAX_LENGTH, length: name.length }));
        continue;
      }
      const outcome = await conversation.external((outside: BotContext) => apply(outside, renamable, args, name));
      switch (outcome.kind) {
        case 'rejected':
          ui.invalid(outcome.text);
          continue;
        case 'refused':
          await ui.finish(ui.ctx.t('wizard-access-lost'));
          return;
        case 'failed':
        case 'renamed':
          await ui.finish(outcome.text, new InlineKeyboard(outcome.rows));
          return;
      }
    }
  };
}

/** The wizard entry a feature declares for its kind. */
export function renameWizard(renamable: Renamable): WizardEntry {
  return { id: renamable.id, builder: builderFor(renamable) };
}
