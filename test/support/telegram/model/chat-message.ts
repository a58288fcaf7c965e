import type { Contact, MessageEntity, ReactionType, User } from 'grammy/types';
import type { StoredFile } from './file-store.js';
import type { ReplyMarkup } from './reply-markup.js';

/** The content of a message that an edit can change; earlier versions are kept in `edits`. */
export interface MessageContent {
  readonly text?: string;
  readonly entities?: readonly MessageEntity[];
  readonly caption?: string;
  readonly caption_entities?: readonly MessageEntity[];
  readonly reply_markup?: ReplyMarkup;
}

/** A message as the fake server holds it: latest content, its history, and what the chat's users see. */
export interface ChatMessage extends MessageContent {
  readonly message_id: number;
  readonly chat_id: number;
  readonly from: User;
  /** True for messages the bot sent (only those can be edited by it). */
  readonly from_bot: boolean;
  readonly date: number;
  readonly media?: StoredFile;
  readonly contact?: Contact;
  readonly message_thread_id?: number;
  readonly reply_to_message_id?: number;
  readonly edit_date?: number;
  /** Earlier versions, oldest first; the message itself holds the latest. */
  readonly edits: readonly MessageContent[];
  readonly deleted: boolean;
  readonly reactions: readonly ReactionType[];
}

/** What happened to a message, in the order users saw it; `waitFor` reads this log. */
export interface ChatEvent {
  readonly kind: 'sent' | 'edited' | 'deleted';
  /** The message as it was right after the event. */
  readonly message: ChatMessage;
}

/** Text or caption: what a user reads in a message. */
export const visibleText = (message: MessageContent): string => message.text ?? message.caption ?? '';
