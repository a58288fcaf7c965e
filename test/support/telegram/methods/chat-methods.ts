import type { ReactionType } from 'grammy/types';
import { z } from 'zod';
import type { MethodHandler } from '../api/bot-api-core.js';
import { badRequest, fail, ok } from '../api/bot-api-error.js';
import { chatIdParam, intParam, jsonParam, parseParams } from '../api/params.js';
import { apiChatFullInfo, apiChatMember } from '../model/api-objects.js';

const getChat: MethodHandler = (core, request) => {
  const params = parseParams(z.looseObject({ chat_id: chatIdParam }), request.params);
  if (!params.ok) return params;
  const chat = core.chat(params.value.chat_id, 'use');
  return chat.ok ? ok(apiChatFullInfo(chat.value)) : chat;
};

const getChatMember: MethodHandler = (core, request) => {
  const params = parseParams(z.looseObject({ chat_id: chatIdParam, user_id: intParam }), request.params);
  if (!params.ok) return params;
  const chat = core.chat(params.value.chat_id, 'use');
  if (!chat.ok) return chat;
  const userId = params.value.user_id;
  const user = userId === core.world.bot.id ? core.world.bot : core.world.users.get(userId);
  if (user === undefined) return fail(badRequest('user not found'));
  return ok(apiChatMember(user, chat.value.members.get(userId) ?? 'left'));
};

const CHAT_ACTIONS = new Set([
  'typing', 'upload_photo', 'record_video', 'upload_video', 'record_voice', 'upload_voice', 'upload_document',
  'choose_sticker', 'find_location', 'record_video_note', 'upload_video_note',
]);

const sendChatAction: MethodHandler = (core, request) => {
  const params = parseParams(
    z.looseObject({ chat_id: chatIdParam, action: z.string(), message_thread_id: intParam.optional() }),
    request.params,
  );
  if (!params.ok) return params;
  const chat = core.chat(params.value.chat_id, 'use');
  if (!chat.ok) return chat;
  if (!CHAT_ACTIONS.has(params.value.action)) return fail(badRequest('wrong parameter action in request'));
  const thread = core.thread(chat.value, params.value.message_thread_id);
  if (!thread.ok) return thread;
  core.chatActions.push({
    chat_id: chat.value.id,
    action: params.value.action,
    ...(thread.value === undefined ? {} : { message_thread_id: thread.value }),
  });
  return ok(true);
};

/** The emoji Telegram allows as reactions (ReactionTypeEmoji in the Bot API documentation). */
const REACTION_EMOJI = new Set([
  '❤', '👍', '👎', '🔥', '🥰', '👏', '😁', '🤔', '🤯', '😱', '🤬', '😢', '🎉', '🤩', '🤮', '💩', '🙏', '👌', '🕊',
  '🤡', '🥱', '🥴', '😍', '🐳', '❤‍🔥', '🌚', '🌭', '💯', '🤣', '⚡', '🍌', '🏆', '💔', '🤨', '😐', '🍓', '🍾', '💋',
  '🖕', '😈', '😴', '😭', '🤓', '👻', '👨‍💻', '👀', '🎃', '🙈', '😇', '😨', '🤝', '✍', '🤗', '🫡', '🎅', '🎄', '☃',
  '💅', '🤪', '🗿', '🆒', '💘', '🙉', '🦄', '😘', '💊', '🙊', '😎', '👾', '🤷‍♂', '🤷', '🤷‍♀', '😡',
]);

const reactionSchema = z.looseObject({ type: z.string(), emoji: z.string().optional(), custom_emoji_id: z.string().optional() });

const setMessageReaction: MethodHandler = (core, request) => {
  const params = parseParams(
    z.looseObject({ chat_id: chatIdParam, message_id: intParam, reaction: jsonParam(z.array(reactionSchema)).optional() }),
    request.params,
  );
  if (!params.ok) return params;
  const chat = core.chat(params.value.chat_id, 'use');
  if (!chat.ok) return chat;
  const reactions = params.value.reaction ?? [];
  if (reactions.some((r) => r.type !== 'emoji' || r.emoji === undefined || !REACTION_EMOJI.has(r.emoji))) {
    return fail(badRequest('REACTION_INVALID'));
  }
  const patched = chat.value.patch(params.value.message_id, { reactions: reactions as ReactionType[] });
  return patched === undefined ? fail(badRequest('message to react not found')) : ok(true);
};

export const chatMethods: Readonly<Record<string, MethodHandler>> = { getChat, getChatMember, sendChatAction, setMessageReaction };
