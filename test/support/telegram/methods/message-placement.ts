import type { Message } from 'grammy/types';
import { z } from 'zod';
import type { BotApiCore } from '../api/bot-api-core.js';
import { badRequest, fail, ok, type Outcome } from '../api/bot-api-error.js';
import { chatIdParam, intParam, jsonParam, replyParametersParam } from '../api/params.js';
import type { ChatMessage } from '../model/chat-message.js';
import type { ChatState } from '../model/chat-state.js';
import { checkReplyMarkup, type ReplyMarkup } from '../model/reply-markup.js';

/** Parameters every "send" method shares: where the message goes, what it replies to, its keyboard. */
export const placementParams = {
  chat_id: chatIdParam,
  message_thread_id: intParam.optional(),
  reply_parameters: replyParametersParam.optional(),
  reply_to_message_id: intParam.optional(),
  reply_markup: jsonParam(z.unknown()).optional(),
};

export const placementSchema = z.looseObject(placementParams);

export interface Placement {
  readonly chat: ChatState;
  readonly threadId?: number;
  readonly replyTo?: number;
  readonly markup?: ReplyMarkup;
}

/** Checks where a new message goes: the chat, its keyboard, the forum topic and the message it replies to. */
export function placeMessage(core: BotApiCore, params: z.infer<typeof placementSchema>): Outcome<Placement> {
  const chat = core.chat(params.chat_id, 'send');
  if (!chat.ok) return chat;
  const markup = checkReplyMarkup(params.reply_markup);
  if (!markup.ok) return markup;
  const replyId = params.reply_parameters?.message_id ?? params.reply_to_message_id;
  const replied = replyId === undefined ? undefined : chat.value.get(replyId);
  if (replyId !== undefined && replied === undefined && params.reply_parameters?.allow_sending_without_reply !== true) {
    return fail(badRequest('message to be replied not found'));
  }
  const thread = core.thread(chat.value, params.message_thread_id ?? replied?.message_thread_id);
  if (!thread.ok) return thread;
  return ok({
    chat: chat.value,
    ...(thread.value === undefined ? {} : { threadId: thread.value }),
    ...(replied === undefined ? {} : { replyTo: replied.message_id }),
    ...(markup.value === undefined ? {} : { markup: markup.value }),
  });
}

/** What a bot message holds besides its placement. */
export type BotMessageBody = Pick<ChatMessage, 'text' | 'entities' | 'caption' | 'caption_entities' | 'media' | 'contact'>;

/** The body of an existing message, for copies and forwards. */
export const bodyOf = (message: ChatMessage): BotMessageBody => ({
  ...(message.text === undefined ? {} : { text: message.text }),
  ...(message.entities === undefined ? {} : { entities: message.entities }),
  ...(message.caption === undefined ? {} : { caption: message.caption }),
  ...(message.caption_entities === undefined ? {} : { caption_entities: message.caption_entities }),
  ...(message.media === undefined ? {} : { media: message.media }),
  ...(message.contact === undefined ? {} : { contact: message.contact }),
});

/** Stores a bot message once flood control admits it; returns the `Message` the bot gets back. */
export function postBotMessage(core: BotApiCore, placement: Placement, body: BotMessageBody): Outcome<Message> {
  const admitted = core.admitMessage(placement.chat);
  if (!admitted.ok) return admitted;
  const stored = placement.chat.add({
    ...body,
    from: core.world.bot,
    from_bot: true,
    date: core.unixNow(),
    ...(placement.threadId === undefined ? {} : { message_thread_id: placement.threadId }),
    ...(placement.replyTo === undefined ? {} : { reply_to_message_id: placement.replyTo }),
    ...(placement.markup === undefined ? {} : { reply_markup: placement.markup }),
  });
  return ok(core.view(stored, placement.chat));
}
