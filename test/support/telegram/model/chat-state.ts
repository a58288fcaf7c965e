import type { ForumTopic, User } from 'grammy/types';
import type { ChatEvent, ChatMessage, MessageContent } from './chat-message.js';

export type ChatType = 'private' | 'group' | 'supergroup';

export type MemberStatus = 'creator' | 'administrator' | 'member' | 'restricted' | 'left' | 'kicked';

export type NewMessage = Omit<ChatMessage, 'message_id' | 'chat_id' | 'edits' | 'deleted' | 'reactions'>;

/**
 * One chat of the fake world: its messages with ids in order, members and forum topics, and the log of bot-visible
 * events that `FakeUser.waitFor` follows.
 */
export class ChatState {
  readonly #messages = new Map<number, ChatMessage>();
  readonly #events: ChatEvent[] = [];
  readonly #listeners = new Set<() => void>();
  readonly members = new Map<number, MemberStatus>();
  readonly topics = new Map<number, ForumTopic>();
  /** A private chat opens when the user first writes; until then the bot cannot message the user. */
  started: boolean;
  #nextMessageId = 1;

  constructor(
    readonly id: number,
    readonly type: ChatType,
    readonly title: string | undefined,
    /** The other party of a private chat. */
    readonly user: User | undefined,
    readonly isForum: boolean,
  ) {
    this.started = type !== 'private';
  }

  /** Reserves a message id, as forum topics and messages share one sequence. */
  nextId(): number {
    return this.#nextMessageId++;
  }

  add(message: NewMessage): ChatMessage {
    const stored: ChatMessage = { ...message, message_id: this.nextId(), chat_id: this.id, edits: [], deleted: false, reactions: [] };
    this.#messages.set(stored.message_id, stored);
    this.#record('sent', stored);
    return stored;
  }

  get(messageId: number): ChatMessage | undefined {
    const message = this.#messages.get(messageId);
    return message?.deleted === false ? message : undefined;
  }

  /** Replaces the whole content (text, caption, markup), keeping the previous version in the history. */
  edit(messageId: number, content: MessageContent, date: number): ChatMessage | undefined {
    const current = this.get(messageId);
    if (current === undefined) return undefined;
    const previous = contentOf(current);
    const { text: _t, entities: _e, caption: _c, caption_entities: _ce, reply_markup: _r, ...rest } = current;
    const edited: ChatMessage = { ...rest, ...content, edit_date: date, edits: [...current.edits, previous] };
    this.#messages.set(messageId, edited);
    this.#record('edited', edited);
    return edited;
  }

  /** Updates fields that are not content (reactions), without an edit entry. */
  patch(messageId: number, patch: Pick<ChatMessage, 'reactions'>): ChatMessage | undefined {
    const current = this.get(messageId);
    if (current === undefined) return undefined;
    const patched = { ...current, ...patch };
    this.#messages.set(messageId, patched);
    return patched;
  }

  delete(messageId: number): boolean {
    const current = this.get(messageId);
    if (current === undefined) return false;
    const deleted = { ...current, deleted: true };
    this.#messages.set(messageId, deleted);
    this.#record('deleted', deleted);
    return true;
  }

  /** All messages in id order, deleted ones included (they carry `deleted: true`). */
  allMessages(): ChatMessage[] {
    return [...this.#messages.values()].sort((a, b) => a.message_id - b.message_id);
  }

  events(): readonly ChatEvent[] {
    return this.#events;
  }

  /** Calls `listener` after every new event until the returned function is called. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #record(kind: ChatEvent['kind'], message: ChatMessage): void {
    this.#events.push({ kind, message });
    for (const listener of [...this.#listeners]) listener();
  }
}

/** The editable part of a message, without the keys it does not have. */
export function contentOf(message: MessageContent): MessageContent {
  return {
    ...(message.text === undefined ? {} : { text: message.text }),
    ...(message.entities === undefined ? {} : { entities: message.entities }),
    ...(message.caption === undefined ? {} : { caption: message.caption }),
    ...(message.caption_entities === undefined ? {} : { caption_entities: message.caption_entities }),
    ...(message.reply_markup === undefined ? {} : { reply_markup: message.reply_markup }),
  };
}
