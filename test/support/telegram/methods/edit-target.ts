import { z } from 'zod';
import type { BotApiCore } from '../api/bot-api-core.js';
import { badRequest, fail, ok, type Outcome } from '../api/bot-api-error.js';
import { chatIdParam, intParam, jsonParam } from '../api/params.js';
import type { ChatMessage, MessageContent } from '../model/chat-message.js';
import type { ChatState } from '../model/chat-state.js';
import { checkReplyMarkup } from '../model/reply-markup.js';

/** Parameters that name the message to edit. Inline messages are not modelled: the harness has no inline mode. */
export const editTargetParams = {
  chat_id: chatIdParam.optional(),
  message_id: intParam.optional(),
  inline_message_id: z.string().optional(),
  reply_markup: jsonParam(z.unknown()).optional(),
};

export const editTargetSchema = z.looseObject(editTargetParams);

export interface EditTarget {
  readonly chat: ChatState;
  readonly message: ChatMessage;
}

/** Finds the message to edit: it must exist and be the bot's own. */
export function findEditTarget(core: BotApiCore, params: z.infer<typeof editTargetSchema>): Outcome<EditTarget> {
  if (params.inline_message_id !== undefined) return fail(badRequest('inline messages are not supported by the fake server'));
  if (params.chat_id === undefined || params.message_id === undefined) return fail(badRequest('message to edit not found'));
  const chat = core.chat(params.chat_id, 'use');
  if (!chat.ok) return chat;
  const message = chat.value.get(params.message_id);
  if (message === undefined) return fail(badRequest('message to edit not found'));
  if (!message.from_bot) return fail(badRequest("message can't be edited"));
  return ok({ chat: chat.value, message });
}

const NOT_MODIFIED =
  'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Applies an edit. Like Telegram, an edit that leaves content and markup exactly as they are is refused, and an edit
 * without `reply_markup` removes the inline keyboard.
 */
export function applyEdit(core: BotApiCore, target: EditTarget, content: MessageContent, rawMarkup: unknown): Outcome<ChatMessage> {
  const markup = checkReplyMarkup(rawMarkup);
  if (!markup.ok) return markup;
  const next: MessageContent = { ...content, ...(markup.value === undefined ? {} : { reply_markup: markup.value }) };
  const current = target.message;
  const unchanged =
    current.text === next.text &&
    current.caption === next.caption &&
    sameJson(current.entities, next.entities) &&
    sameJson(current.caption_entities, next.caption_entities) &&
    sameJson(current.reply_markup, next.reply_markup);
  if (unchanged) return fail(badRequest(NOT_MODIFIED));
  const edited = target.chat.edit(current.message_id, next, core.unixNow());
  return edited === undefined ? fail(badRequest('message to edit not found')) : ok(edited);
}
