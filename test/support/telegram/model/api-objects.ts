import type { Chat, ChatMember, Message, Update, User } from 'grammy/types';

/** Every chat of the fake world is a private chat or a group: channels are not modelled. */
export type ApiChat = Exclude<Chat, Chat.ChannelChat>;

/** A message as the Bot API shows it, with the sender every non-channel message has. */
export type ApiMessage = Message & Update.NonChannel;
import type { ChatMessage } from './chat-message.js';
import type { ChatState, MemberStatus } from './chat-state.js';
import type { StoredFile } from './file-store.js';
import { inlineKeyboardOf } from './reply-markup.js';

/** The `Chat` object of a chat as the Bot API shows it inside messages. */
export function apiChat(chat: ChatState): ApiChat {
  if (chat.type === 'private') {
    const user = chat.user;
    return {
      id: chat.id,
      type: 'private',
      first_name: user?.first_name ?? '',
      ...(user?.last_name === undefined ? {} : { last_name: user.last_name }),
      ...(user?.username === undefined ? {} : { username: user.username }),
    };
  }
  if (chat.type === 'group') return { id: chat.id, type: 'group', title: chat.title ?? '' };
  return { id: chat.id, type: 'supergroup', title: chat.title ?? '', ...(chat.isForum ? { is_forum: true } : {}) };
}

/** `getChat`'s answer (ChatFullInfo) with the fields every chat has. */
export const apiChatFullInfo = (chat: ChatState): Record<string, unknown> => ({
  ...apiChat(chat),
  accent_color_id: 0,
  max_reaction_count: 11,
  accepted_gift_types: { unlimited_gifts: false, limited_gifts: false, unique_gifts: false, premium_subscription: false, gifts_from_channels: false },
});

function apiMedia(file: StoredFile): Partial<Message> {
  const common = { file_id: file.file_id, file_unique_id: file.file_unique_id, file_size: file.file_size };
  switch (file.kind) {
    case 'document':
      return { document: { ...common, file_name: file.file_name, mime_type: file.mime_type } };
    case 'audio':
      return { audio: { ...common, duration: 0, file_name: file.file_name, mime_type: file.mime_type } };
    case 'voice':
      return { voice: { ...common, duration: 0, mime_type: file.mime_type } };
    case 'photo':
      return { photo: [{ ...common, width: 800, height: 600 }] };
  }
}

/**
 * The Bot API `Message` for a stored message; `replyTo` is the message it replies to, shown one level deep.
 * Optional parts are spread in only when present (Telegram omits absent fields); TypeScript cannot follow those
 * spreads through `Message`'s unions, hence the one cast at the end.
 */
export function apiMessage(message: ChatMessage, chat: ChatState, replyTo?: ChatMessage): ApiMessage {
  const keyboard = inlineKeyboardOf(message.reply_markup);
  return {
    message_id: message.message_id,
    from: message.from,
    date: message.date,
    chat: apiChat(chat),
    ...(message.message_thread_id === undefined
      ? {}
      : { message_thread_id: message.message_thread_id, ...(chat.isForum ? { is_topic_message: true } : {}) }),
    ...(replyTo === undefined ? {} : { reply_to_message: apiMessage(replyTo, chat) }),
    ...(message.edit_date === undefined ? {} : { edit_date: message.edit_date }),
    ...(message.text === undefined ? {} : { text: message.text }),
    ...(message.entities === undefined || message.entities.length === 0 ? {} : { entities: [...message.entities] }),
    ...(message.media === undefined ? {} : apiMedia(message.media)),
    ...(message.caption === undefined || message.caption === '' ? {} : { caption: message.caption }),
    ...(message.caption_entities === undefined || message.caption_entities.length === 0
      ? {}
      : { caption_entities: [...message.caption_entities] }),
    ...(message.contact === undefined ? {} : { contact: message.contact }),
    ...(keyboard === undefined ? {} : { reply_markup: { inline_keyboard: keyboard } }),
  } as ApiMessage;
}

/** `getChatMember`'s answer for a member status. */
export function apiChatMember(user: User, status: MemberStatus): ChatMember {
  switch (status) {
    case 'creator':
      return { status, user, is_anonymous: false };
    case 'administrator':
      return {
        status, user, can_be_edited: false, is_anonymous: false, can_manage_chat: true, can_delete_messages: true,
        can_manage_video_chats: true, can_restrict_members: true, can_promote_members: false, can_change_info: true,
        can_invite_users: true, can_post_stories: false, can_edit_stories: false, can_delete_stories: false,
        can_pin_messages: true, can_manage_topics: true, can_send_welcome_messages: false,
      };
    case 'member':
      return { status, user };
    case 'restricted':
      return {
        status, user, is_member: true, can_send_messages: false, can_send_audios: false, can_send_documents: false,
        can_send_photos: false, can_send_videos: false, can_send_video_notes: false, can_send_voice_notes: false,
        can_send_polls: false, can_send_other_messages: false, can_add_web_page_previews: false,
        can_change_info: false, can_invite_users: false, can_pin_messages: false, can_manage_topics: false,
        until_date: 0,
      } as ChatMember;
    case 'left':
      return { status, user };
    case 'kicked':
      return { status, user, until_date: 0 };
  }
}
