/**
 * The frame every wizard step shares: "Title · Step k/n", what is expected, « Back and ✖ Cancel; a wrong answer
 * says what is wrong and asks the same step again; the role is re-checked on the server at every step; a wizard
 * left alone for a day says so and ends. Taps on other messages and commands pass through to the rest of the
 * bot while a wizard waits, so menus keep working.
 *
 * A step is one `ask`: it renders the prompt (editing the previous prompt in place after a tap, or as a new
 * message after a typed answer, whose old buttons are removed) and returns the person's reply or `back`.
 * Cancel, a lost role and expiry end the conversation from inside `ask`: callers only handle answers.
 */
import type { Conversation } from '@grammyjs/conversations';
import { InlineKeyboard } from 'grammy';
import { z } from 'zod';
import { accessTo } from '../../bot/auth/guard.js';
import type { Permission } from '../../bot/auth/permissions.js';
import type { BotContext, WizardContext } from '../../bot/context.js';
import { isNotModified } from '../../bot/errors/error-boundary.js';
import { WIZARD_BACK, WIZARD_CANCEL } from '../wizard-controls.js';
import { CHOICE_PREFIX, type Reply, type ReplyKind, readReply } from './replies.js';

/** A wizard untouched for this long ends with a message when the person comes back. */
export const WIZARD_IDLE_MS = 24 * 60 * 60 * 1000;

export interface WizardUiOptions {
  /** i18n key of the wizard's name, shown in every step's header. */
  titleKey: string;
  /** The account the wizard acts on; fixed when it starts. */
  accountId: string;
  /** Checked against the store at every step. */
  permission: Permission;
}

export interface Prompt {
  step: number;
  of: number;
  /** The step's text (already translated; escape anything a person or AutoCall wrote). */
  body: string;
  /** The step's own answer buttons; build their data with `choice(value)`. */
  choices?: InlineKeyboard;
  /** What a typed or sent answer may be; taps on `choices` are always accepted. Default: text. */
  accept?: readonly ReplyKind[];
  /** Offer « Back (default: from step 2 on). */
  back?: boolean;
}

export type Answer = Reply | { kind: 'back' };

/** Callback data of a step's own button. */
export const choice = (value: string | number): string => `${CHOICE_PREFIX}${String(value)}`;

const promptRefSchema = z.object({
  chatId: z.number(),
  messageId: z.number(),
  /** What the message shows now: an identical edit is skipped (Telegram refuses it as "not modified"). */
  shown: z.string(),
});
type PromptRef = z.infer<typeof promptRefSchema>;

/** What the UI carries across a rewind of the conversation (`bounded-steps`): the live prompt and what is pending. */
export const uiSnapshotSchema = z.object({ prompt: promptRefSchema.nullable(), editNext: z.boolean(), error: z.string().nullable() });
export type UiSnapshot = z.infer<typeof uiSnapshotSchema>;

const shownAs = (text: string, keyboard?: InlineKeyboard) => JSON.stringify([text, keyboard?.inline_keyboard ?? []]);

export class WizardUi {
  #ctx: WizardContext;
  #prompt: PromptRef | null = null;
  #editNext = false;
  #error: string | null = null;

  constructor(
    private readonly conversation: Conversation<BotContext, WizardContext>,
    ctx: WizardContext,
    private readonly options: WizardUiOptions,
  ) {
    this.#ctx = ctx;
  }

  /** The context of the latest update: its `t` speaks the person's current language. */
  get ctx(): WizardContext {
    return this.#ctx;
  }

  /** Shows `message` above the next prompt: the same step is asked again. */
  invalid(message: string): void {
    this.#error = message;
  }

  /** The prompt to edit next and the error pending, as plain data. */
  snapshot(): UiSnapshot {
    return { prompt: this.#prompt === null ? null : { ...this.#prompt }, editNext: this.#editNext, error: this.#error };
  }

  /** Takes up where a snapshot left off: the next prompt edits the same message. */
  restore(snapshot: UiSnapshot): void {
    this.#prompt = snapshot.prompt === null ? null : { ...snapshot.prompt };
    this.#editNext = snapshot.editNext;
    this.#error = snapshot.error;
  }

  async ask(prompt: Prompt): Promise<Answer> {
    await this.#render(prompt);
    const accept = prompt.accept ?? ['text'];
    for (;;) {
      const askedAt = await this.conversation.now();
      const next = await this.conversation.wait();
      this.#ctx = next;
      if ((await this.conversation.now()) - askedAt > WIZARD_IDLE_MS) await this.#end('wizard-expired');
      // Only the verdict goes into the log: the access object carries the whole account.
      const allowed = await this.conversation.external(async (outside: BotContext) => (await accessTo(outside, this.options.accountId, this.options.permission)).ok);
      if (!allowed) await this.#end('wizard-access-lost');

      const data = next.callbackQuery?.data;
      if (data !== undefined) {
        const onPrompt = next.callbackQuery?.message?.message_id === this.#prompt?.messageId;
        if (data === WIZARD_CANCEL && onPrompt) {
          await next.answerCallbackQuery();
          await this.#end('wizard-cancelled');
        }
        if (data === WIZARD_BACK && onPrompt) {
          await next.answerCallbackQuery();
          this.#editNext = true;
          return { kind: 'back' };
        }
        if (data.startsWith(CHOICE_PREFIX) && onPrompt) {
          await next.answerCallbackQuery();
          this.#editNext = true;
          return readReply(next) ?? { kind: 'choice', value: '' };
        }
        // Someone else's buttons (a menu, an alert): the rest of the bot handles them; the wizard keeps waiting.
        await this.conversation.skip({ next: true });
      }
      if (next.message?.text?.startsWith('/')) await this.conversation.skip({ next: true });
      const reply = readReply(next);
      if (reply && accept.includes(reply.kind)) {
        this.#editNext = false;
        return reply;
      }
      this.#error = this.#ctx.t('wizard-unexpected', { expected: accept.map((kind) => this.#ctx.t(`wizard-kind-${kind}`)).join(', ') });
      this.#editNext = false;
      await this.#render(prompt);
    }
  }

  /** Replaces the live prompt's text (progress of a long step); buttons go away. */
  async progress(text: string): Promise<void> {
    if (!this.#prompt) {
      this.#prompt = await this.#send(text);
      return;
    }
    await this.#edit(this.#prompt, text);
  }

  /** The wizard's result, as a new message; the last prompt loses its buttons. */
  async finish(text: string, keyboard?: InlineKeyboard): Promise<void> {
    await this.#dropButtons();
    await this.#send(text, keyboard);
  }

  async #render(prompt: Prompt): Promise<void> {
    const t = this.#ctx.t.bind(this.#ctx);
    const header = t('wizard-step', { title: t(this.options.titleKey), step: prompt.step, of: prompt.of });
    const error = this.#error ? `⚠️ ${this.#error}\n\n` : '';
    this.#error = null;
    // With privacy mode on, a group's plain messages never reach the bot; replies to its own messages do.
    const typed = (prompt.accept ?? ['text']).some((kind) => kind !== 'choice');
    const hint = typed && this.#ctx.chat?.type !== 'private' ? `\n\n${t('wizard-reply-in-group')}` : '';
    const text = `${header}\n\n${error}${prompt.body}${hint}`;
    const keyboard = new InlineKeyboard(prompt.choices?.inline_keyboard ?? []);
    keyboard.row();
    if (prompt.back ?? prompt.step > 1) keyboard.text(t('btn-back'), WIZARD_BACK);
    keyboard.text(t('btn-cancel'), WIZARD_CANCEL);
    if (this.#editNext && this.#prompt) {
      await this.#edit(this.#prompt, text, keyboard);
      return;
    }
    await this.#dropButtons();
    this.#prompt = await this.#send(text, keyboard);
  }

  /**
   * Bot API calls go out through `external`, which logs only what is returned here. Made through the wizard's
   * `ctx`, the plugin would log every message Telegram sends back, text and keyboard included: a long wizard's
   * state would grow by kilobytes a step, and it is rewritten on every update.
   */
  async #send(text: string, keyboard?: InlineKeyboard): Promise<PromptRef> {
    const sent = await this.conversation.external(async (outside: BotContext) => {
      const message = await outside.reply(text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...(keyboard ? { reply_markup: keyboard } : {}) });
      return { chatId: message.chat.id, messageId: message.message_id };
    });
    return { ...sent, shown: shownAs(text, keyboard) };
  }

  async #edit(ref: PromptRef, text: string, keyboard?: InlineKeyboard): Promise<void> {
    const shown = shownAs(text, keyboard);
    if (shown === ref.shown) return;
    ref.shown = shown;
    const { chatId, messageId } = ref;
    await this.conversation.external(async (outside: BotContext) => {
      try {
        await outside.api.editMessageText(chatId, messageId, text, {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          ...(keyboard ? { reply_markup: keyboard } : {}),
        });
      } catch (error) {
        if (!isNotModified(error)) throw error;
      }
    });
  }

  async #dropButtons(): Promise<void> {
    const ref = this.#prompt;
    if (!ref) return;
    const [text] = JSON.parse(ref.shown) as [string, unknown];
    const shown = shownAs(text);
    if (shown === ref.shown) return;
    ref.shown = shown;
    const { chatId, messageId } = ref;
    // The prompt may be gone (deleted by the person); its buttons then do not matter.
    await this.conversation.external((outside: BotContext) => outside.api.editMessageReplyMarkup(chatId, messageId).then(() => undefined, () => undefined));
  }

  /** Says why the wizard ends (on the prompt itself), then ends it; never returns. */
  async #end(key: string): Promise<never> {
    if (this.#prompt) await this.#edit(this.#prompt, this.#ctx.t(key));
    else await this.#send(this.#ctx.t(key));
    return this.conversation.halt();
  }
}
