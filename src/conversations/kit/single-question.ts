/**
 * The shape of a conversation that asks one thing outside any account (an API key to link, a number for a test
 * call): the question goes out with a Cancel button, then each message the person sends is handed to the caller
 * until it has what it needs. Cancel turns the question into "cancelled"; a tap on another button meanwhile is
 * asked to finish this first.
 */
import type { Conversation } from '@grammyjs/conversations';
import { InlineKeyboard } from 'grammy';
import type { Message } from 'grammy/types';
import type { BotContext, WizardContext } from '../../bot/context.js';
import { WIZARD_CANCEL } from '../wizard-controls.js';

export interface SingleQuestion {
  readonly prompt: Message.TextMessage;
  /** The Cancel button, to go under every answer that asks again. */
  readonly cancel: InlineKeyboard;
}

/** Sends the question (translated HTML) with its Cancel button. */
export async function askSingleQuestion(ctx: WizardContext, question: string): Promise<SingleQuestion> {
  const cancel = new InlineKeyboard().text(ctx.t('btn-cancel'), WIZARD_CANCEL);
  const prompt = await ctx.reply(question, { parse_mode: 'HTML', reply_markup: cancel });
  return { prompt, cancel };
}

/** The next message sent; null when the person tapped Cancel (the question then says so). */
export async function nextAnswer(
  conversation: Conversation<BotContext, WizardContext>,
  question: SingleQuestion,
  finishFirstKey: string,
): Promise<WizardContext | null> {
  for (;;) {
    const next = await conversation.wait();
    if (next.callbackQuery?.data === WIZARD_CANCEL) {
      await next.answerCallbackQuery();
      await next.api.editMessageText(question.prompt.chat.id, question.prompt.message_id, next.t('wizard-cancelled'), { parse_mode: 'HTML' });
      return null;
    }
    if (!next.callbackQuery) return next;
    await next.answerCallbackQuery({ text: next.t(finishFirstKey) });
  }
}
