/**
 * Questions answered by replying: each prompt goes out with Telegram's force-reply, so the person's client opens a
 * reply to it, and in a group with privacy mode the answer still reaches the bot (it receives replies to its own
 * messages, not plain chatter). `selective` keeps the reply field to the person asked: the prompt replies to their
 * message, or names them when they tapped a button. For short conversations that ask one thing at a time, where
 * WizardUi's inline buttons would not carry a typed answer through a group.
 *
 * As in WizardUi, the role is re-checked on the server at every answer, a day of silence ends the conversation,
 * `/cancel` (handled before conversations) ends it, and other commands and taps pass through to the rest of the bot.
 */
import type { Conversation } from '@grammyjs/conversations';
import { accessTo } from '../../bot/auth/guard.js';
import type { Permission } from '../../bot/auth/permissions.js';
import type { BotContext, WizardContext } from '../../bot/context.js';
import { escapeHtml, escapeHtmlAttribute } from '../../domain/text/index.js';
import { WIZARD_IDLE_MS } from './wizard-ui.js';

export interface ReplyQuestionsOptions {
  /** The account the conversation acts on; fixed when it starts. */
  accountId: string;
  /** Checked against the store at every answer. */
  permission: Permission;
}

export interface Question {
  /** The question (already translated; escape anything a person or AutoCall wrote). */
  body: string;
  /** Shown in the empty reply field, e.g. an example answer. */
  placeholder?: string;
}

/** Telegram's limit on `input_field_placeholder`. */
const PLACEHOLDER_MAX = 64;

export class ReplyQuestions {
  #ctx: WizardContext;
  #error: string | null = null;

  constructor(
    private readonly conversation: Conversation<BotContext, WizardContext>,
    ctx: WizardContext,
    private readonly options: ReplyQuestionsOptions,
  ) {
    this.#ctx = ctx;
  }

  /** The context of the latest update: its `t` speaks the person's current language. */
  get ctx(): WizardContext {
    return this.#ctx;
  }

  /** Shows `message` above the next question: what was wrong with the last answer. */
  invalid(message: string): void {
    this.#error = message;
  }

  /** Asks and returns the text of the answer, trimmed. */
  async ask(question: Question): Promise<string> {
    for (;;) {
      await this.#send(question);
      const askedAt = await this.conversation.now();
      const next = await this.conversation.wait();
      this.#ctx = next;
      if ((await this.conversation.now()) - askedAt > WIZARD_IDLE_MS) await this.#end('wizard-expired');
      const access = await this.conversation.external((outside: BotContext) => accessTo(outside, this.options.accountId, this.options.permission));
      if (!access.ok) await this.#end('wizard-access-lost');
      // Buttons of other messages and other commands belong to the rest of the bot; the question keeps waiting.
      if (next.callbackQuery) await this.conversation.skip({ next: true });
      const text = next.message?.text;
      if (text?.startsWith('/')) await this.conversation.skip({ next: true });
      if (text !== undefined && text.trim() !== '') return text.trim();
      this.#error = next.t('wizard-unexpected', { expected: next.t('wizard-kind-text') });
    }
  }

  async #send(question: Question): Promise<void> {
    const ctx = this.#ctx;
    const error = this.#error ? `⚠️ ${this.#error}\n\n` : '';
    this.#error = null;
    const group = ctx.chat?.type !== 'private';
    const message = ctx.callbackQuery ? undefined : ctx.msg;
    // In a group, `selective` shows the reply field to the sender of the message replied to, or to people named.
    const addressee = group && !message && ctx.from ? `${mention(ctx.from.id, ctx.from.first_name)}, ` : '';
    await ctx.reply(`${addressee}${error}${question.body}`, {
      parse_mode: 'HTML',
      reply_markup: {
        force_reply: true,
        selective: true,
        ...(question.placeholder ? { input_field_placeholder: question.placeholder.slice(0, PLACEHOLDER_MAX) } : {}),
      },
      ...(group && message ? { reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true } } : {}),
    });
  }

  /** Says why the conversation ends, then ends it; never returns. */
  async #end(key: string): Promise<never> {
    await this.#ctx.reply(this.#ctx.t(key), { parse_mode: 'HTML' });
    return this.conversation.halt();
  }
}

function mention(userId: number, name: string): string {
  return `<a href="${escapeHtmlAttribute(`tg://user?id=${userId}`)}">${escapeHtml(name)}</a>`;
}
