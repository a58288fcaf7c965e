import { z } from 'zod';
import type { MethodHandler } from '../api/bot-api-core.js';
import { badRequest, fail, ok } from '../api/bot-api-error.js';
import { chatIdParam, entitiesParam, intParam, parseParams, stringParam } from '../api/params.js';
import { formatText } from '../formatting/formatted-text.js';
import { contentOf } from '../model/chat-state.js';
import { applyEdit, editTargetParams, editTargetSchema, findEditTarget } from './edit-target.js';
import { bodyOf, placeMessage, placementParams, postBotMessage } from './message-placement.js';

const sendMessageSchema = z.looseObject({
  ...placementParams,
  text: stringParam.optional(),
  parse_mode: z.string().optional(),
  entities: entitiesParam.optional(),
});

const sendMessage: MethodHandler = (core, request) => {
  const params = parseParams(sendMessageSchema, request.params);
  if (!params.ok) return params;
  const placement = placeMessage(core, params.value);
  if (!placement.ok) return placement;
  const text = formatText('text', params.value.text, params.value.parse_mode, params.value.entities);
  if (!text.ok) return text;
  return postBotMessage(core, placement.value, { text: text.value.text, entities: text.value.entities });
};

const editMessageTextSchema = z.looseObject({
  ...editTargetParams,
  text: stringParam.optional(),
  parse_mode: z.string().optional(),
  entities: entitiesParam.optional(),
});

const editMessageText: MethodHandler = (core, request) => {
  const params = parseParams(editMessageTextSchema, request.params);
  if (!params.ok) return params;
  const target = findEditTarget(core, params.value);
  if (!target.ok) return target;
  if (target.value.message.text === undefined) return fail(badRequest('there is no text in the message to edit'));
  const text = formatText('text', params.value.text, params.value.parse_mode, params.value.entities);
  if (!text.ok) return text;
  const edited = applyEdit(core, target.value, { text: text.value.text, entities: text.value.entities }, params.value.reply_markup);
  return edited.ok ? ok(core.view(edited.value, target.value.chat)) : edited;
};

const editMessageCaptionSchema = z.looseObject({
  ...editTargetParams,
  caption: stringParam.optional(),
  parse_mode: z.string().optional(),
  caption_entities: entitiesParam.optional(),
});

const editMessageCaption: MethodHandler = (core, request) => {
  const params = parseParams(editMessageCaptionSchema, request.params);
  if (!params.ok) return params;
  const target = findEditTarget(core, params.value);
  if (!target.ok) return target;
  if (target.value.message.media === undefined) return fail(badRequest('there is no caption in the message to edit'));
  const caption = formatText('caption', params.value.caption, params.value.parse_mode, params.value.caption_entities);
  if (!caption.ok) return caption;
  const content = { caption: caption.value.text, caption_entities: caption.value.entities };
  const edited = applyEdit(core, target.value, content, params.value.reply_markup);
  return edited.ok ? ok(core.view(edited.value, target.value.chat)) : edited;
};

const editMessageReplyMarkup: MethodHandler = (core, request) => {
  const params = parseParams(editTargetSchema, request.params);
  if (!params.ok) return params;
  const target = findEditTarget(core, params.value);
  if (!target.ok) return target;
  const { reply_markup: _previous, ...content } = contentOf(target.value.message);
  const edited = applyEdit(core, target.value, content, params.value.reply_markup);
  return edited.ok ? ok(core.view(edited.value, target.value.chat)) : edited;
};

const deleteMessageSchema = z.looseObject({ chat_id: chatIdParam, message_id: intParam });

const deleteMessage: MethodHandler = (core, request) => {
  const params = parseParams(deleteMessageSchema, request.params);
  if (!params.ok) return params;
  const chat = core.chat(params.value.chat_id, 'use');
  if (!chat.ok) return chat;
  const message = chat.value.get(params.value.message_id);
  if (message === undefined) return fail(badRequest('message to delete not found'));
  const botIsAdmin = ['creator', 'administrator'].includes(chat.value.members.get(core.world.bot.id) ?? 'left');
  if (chat.value.type !== 'private' && !message.from_bot && !botIsAdmin) return fail(badRequest("message can't be deleted"));
  chat.value.delete(message.message_id);
  return ok(true);
};

const copySchema = z.looseObject({
  ...placementParams,
  from_chat_id: chatIdParam,
  message_id: intParam,
  caption: stringParam.optional(),
  parse_mode: z.string().optional(),
  caption_entities: entitiesParam.optional(),
});

const copyMessage: MethodHandler = (core, request) => {
  const params = parseParams(copySchema, request.params);
  if (!params.ok) return params;
  const source = core.chat(params.value.from_chat_id, 'use');
  if (!source.ok) return source;
  const original = source.value.get(params.value.message_id);
  if (original === undefined) return fail(badRequest('message to copy not found'));
  const placement = placeMessage(core, params.value);
  if (!placement.ok) return placement;
  let body = bodyOf(original);
  if (params.value.caption !== undefined && original.media !== undefined) {
    const caption = formatText('caption', params.value.caption, params.value.parse_mode, params.value.caption_entities);
    if (!caption.ok) return caption;
    body = { ...body, caption: caption.value.text, caption_entities: caption.value.entities };
  }
  const posted = postBotMessage(core, placement.value, body);
  return posted.ok ? ok({ message_id: posted.value.message_id }) : posted;
};

const forwardSchema = z.looseObject({
  chat_id: chatIdParam,
  message_thread_id: intParam.optional(),
  from_chat_id: chatIdParam,
  message_id: intParam,
});

const forwardMessage: MethodHandler = (core, request) => {
  const params = parseParams(forwardSchema, request.params);
  if (!params.ok) return params;
  const source = core.chat(params.value.from_chat_id, 'use');
  if (!source.ok) return source;
  const original = source.value.get(params.value.message_id);
  if (original === undefined) return fail(badRequest('message to forward not found'));
  const placement = placeMessage(core, params.value);
  if (!placement.ok) return placement;
  const posted = postBotMessage(core, placement.value, bodyOf(original));
  if (!posted.ok) return posted;
  return ok({
    ...posted.value,
    forward_origin: { type: 'user', sender_user: original.from, date: original.date },
  });
};

export const messageMethods: Readonly<Record<string, MethodHandler>> = {
  sendMessage,
  editMessageText,
  editMessageCaption,
  editMessageReplyMarkup,
  deleteMessage,
  copyMessage,
  forwardMessage,
};
