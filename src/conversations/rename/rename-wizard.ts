/**
 * Wizard: rename a list, a sound or a scenario. The tapped card turns into the prompt (with Cancel, which brings
 * the card back); the next text message is the new name. A name AutoCall refuses (422) is explained and asked
 * again; the role is re-checked when the name arrives. Tapping another button or sending a command leaves the
 * wizard and lets that tap or command do its work. Each kind is a wizard of its own (`rename-<kind>`), declared
 * by the feature that owns the kind, so the features stay independent.
 */
import type { Conversation } from '@grammyjs/conversations';
import { InlineKeyboard } from 'grammy';
import type { InlineKeyboardButton } from 'grammy/types';
import { isAutocallError } from '../../api/index.js';
import { accessTo, refuse } from '../../bot/auth/guard.js';
import type { Granted } from '../../bot/auth/guarded-tap.js';
import type { BotContext, WizardContext } from '../../bot/context.js';
import { describeAutocallError } from '../../bot/errors/describe-autocall-error.js';
import type { WizardEntry } from '../../bot/features/feature.js';
import { recordAction } from '../../bot/record-action.js';
import { WIZARD_CANCEL } from '../wizard-controls.js';

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
  /** Prompt text key; gets `$name`, the current name. */
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

interface SentView {
  text: string;
  rows: InlineKeyboardButton[][];
}

type Outcome =
  | { kind: 'renamed'; card: SentView }
  | { kind: 'refused' }
  | { kind: 'rejected'; text: string }
  | { kind: 'failed'; text: string; rows: InlineKeyboardButton[][] };

const sent = (view: CardView): SentView => ({ text: view.text, rows: view.keyboard.inline_keyboard });

/** Opens the wizard from a card's Rename button (the tap was checked for `content.edit` already). */
export async function enterRename(ctx: BotContext, renamable: Renamable, args: RenameArgs): Promise<void> {
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(renamable.id, args);
}

async function apply(ctx: BotContext, renamable: Renamable, args: RenameArgs, name: string): Promise<Outcome> {
  const access = await accessTo(ctx, args.accountId, 'content.edit');
  if (!access.ok) {
    await refuse(ctx, access, 'content.edit');
    return { kind: 'refused' };
  }
  try {
    const before = await renamable.currentName(ctx, access, args.itemId);
    await renamable.rename(ctx, access, args.itemId, name);
    await recordAction(ctx, access.account.id, renamable.auditAction, `#${args.itemId} «${before}» → «${name}»`);
    return { kind: 'renamed', card: sent(await renamable.card(ctx, access, args.itemId, ctx.t('rename-done', { before, after: name }))) };
  } catch (error) {
    if (!isAutocallError(error)) throw error;
    const reply = await describeAutocallError(ctx, error);
    if (error.kind === 'validation') return { kind: 'rejected', text: reply.text };
    return { kind: 'failed', text: reply.text, rows: reply.keyboard?.inline_keyboard ?? [] };
  }
}

function builderFor(renamable: Renamable) {
  return async function renameConversation(conversation: Conversation<BotContext, WizardContext>, ctx: WizardContext, args: RenameArgs): Promise<void> {
    const current = await conversation.external(async (outside: BotContext) => {
      const access = await accessTo(outside, args.accountId, 'content.edit');
      return access.ok ? renamable.currentName(outside, access, args.itemId) : null;
    });
    const cancel = new InlineKeyboard().text(ctx.t('btn-cancel'), WIZARD_CANCEL);
    const promptText = ctx.t(renamable.promptKey, { name: current ?? '', max: NAME_MAX_LENGTH });
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    const prompt = ctx.callbackQuery?.message
      ? await ctx.editMessageText(promptText, { parse_mode: 'HTML', reply_markup: cancel })
      : await ctx.reply(promptText, { parse_mode: 'HTML', reply_markup: cancel });
    const where = prompt === true ? null : { chatId: prompt.chat.id, messageId: prompt.message_id };

    for (;;) {
      const next = await conversation.wait();
      if (next.callbackQuery?.data === WIZARD_CANCEL) {
        await next.answerCallbackQuery();
        const card = await conversation.external(async (outside: BotContext) => {
          const access = await accessTo(outside, args.accountId, 'view');
          return access.ok ? sent(await renamable.card(outside, access, args.itemId)) : null;
        });
        await next.editMessageText(card?.text ?? next.t('wizard-cancelled'), { parse_mode: 'HTML', ...(card ? { reply_markup: { inline_keyboard: card.rows } } : {}) });
        return;
      }
      const text = next.message?.text?.trim();
      if (next.callbackQuery || text?.startsWith('/')) {
        // The person moved on: the prompt says so, and the tap or command is handled as if no wizard were open.
        if (where) await next.api.editMessageText(where.chatId, where.messageId, next.t('wizard-cancelled'), { parse_mode: 'HTML' });
        await conversation.halt({ next: true });
      }
      if (!text) {
        await next.reply(next.t('rename-need-text', { max: NAME_MAX_LENGTH }), { parse_mode: 'HTML', reply_markup: cancel });
        continue;
      }
      if (text.length > NAME_MAX_LENGTH) {
        await next.reply(next.t('rename-too-long', { max: NAME_MAX_LENGTH, length: text.length }), { parse_mode: 'HTML', reply_markup: cancel });
        continue;
      }
      const outcome = await conversation.external((outside: BotContext) => apply(outside, renamable, args, text));
      switch (outcome.kind) {
        case 'refused':
          return;
        case 'rejected':
          await next.reply(outcome.text, { parse_mode: 'HTML', reply_markup: cancel });
          continue;
        case 'failed':
          await next.reply(outcome.text, { parse_mode: 'HTML', ...(outcome.rows.length > 0 ? { reply_markup: { inline_keyboard: outcome.rows } } : {}) });
          return;
        case 'renamed':
          if (where) await next.api.editMessageReplyMarkup(where.chatId, where.messageId);
          await next.reply(outcome.card.text, { parse_mode: 'HTML', reply_markup: { inline_keyboard: outcome.card.rows } });
          return;
      }
    }
  };
}

/** The wizard entry a feature declares for its kind. */
export function renameWizard(renamable: Renamable): WizardEntry {
  return { id: renamable.id, builder: builderFor(renamable) };
}
