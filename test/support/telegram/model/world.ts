import type { BotCommand, ForumTopic, User, UserFromGetMe } from 'grammy/types';
import { ChatState, type ChatType, type MemberStatus } from './chat-state.js';
import { FileStore } from './file-store.js';

export interface UserProfile {
  readonly id?: number;
  readonly first_name: string;
  readonly last_name?: string;
  readonly username?: string;
  readonly language_code?: string;
}

export interface GroupProfile {
  readonly title: string;
  /** A forum (topics enabled); forums are always supergroups. */
  readonly forum?: boolean;
  /** A basic group instead of a supergroup. */
  readonly basic?: boolean;
}

/** Colours Telegram assigns to forum topic icons. */
const TOPIC_COLORS = [0x6fb9f0, 0xffd67e, 0xcb86db, 0x8eee98, 0xff93b2, 0xfb6f5f] as const;

/**
 * The fake world's people and places: the bot, users, their private chats with the bot, groups with members and
 * forum topics, files, blocked users and the bot's command lists.
 */
export class World {
  readonly files = new FileStore();
  readonly users = new Map<number, User>();
  readonly chats = new Map<number, ChatState>();
  /** Users who blocked the bot: every call into their chat gets 403. */
  readonly blocked = new Set<number>();
  /** Command lists by scope and language (`scopeKey|language_code`). */
  readonly commands = new Map<string, readonly BotCommand[]>();
  #nextUserId = 100_000_001;
  #nextGroupId = 1;

  constructor(readonly bot: UserFromGetMe) {}

  addUser(profile: UserProfile): User {
    const id = profile.id ?? this.#nextUserId++;
    if (this.users.has(id)) throw new Error(`A fake user with id ${id} already exists`);
    const user: User = { id, is_bot: false, ...profile };
    this.users.set(id, user);
    return user;
  }

  /** The user's private chat with the bot; it is `started` when the user first writes to it. */
  privateChat(user: User): ChatState {
    const existing = this.chats.get(user.id);
    if (existing !== undefined) return existing;
    const chat = new ChatState(user.id, 'private', undefined, user, false);
    chat.members.set(user.id, 'member');
    chat.members.set(this.bot.id, 'member');
    this.chats.set(user.id, chat);
    return chat;
  }

  addGroup(profile: GroupProfile): ChatState {
    const n = this.#nextGroupId++;
    const type: ChatType = profile.basic === true && profile.forum !== true ? 'group' : 'supergroup';
    const id = type === 'group' ? -(4_000_000_000 + n) : -(1_000_000_000_000 + n);
    const chat = new ChatState(id, type, profile.title, undefined, profile.forum === true);
    chat.members.set(this.bot.id, 'administrator');
    this.chats.set(id, chat);
    return chat;
  }

  addTopic(chat: ChatState, name: string): ForumTopic {
    if (!chat.isForum) throw new Error(`Chat "${chat.title ?? chat.id}" is not a forum`);
    const topic: ForumTopic = {
      message_thread_id: chat.nextId(),
      name,
      icon_color: TOPIC_COLORS[chat.topics.size % TOPIC_COLORS.length] ?? TOPIC_COLORS[0],
    };
    chat.topics.set(topic.message_thread_id, topic);
    return topic;
  }

  setMember(chat: ChatState, user: User, status: MemberStatus): void {
    chat.members.set(user.id, status);
  }

  /** Resolves `chat_id` as the Bot API does: a number, its decimal string, or `@username` of a user. */
  findChat(chatId: number | string): ChatState | undefined {
    if (typeof chatId === 'number') return this.chats.get(chatId);
    if (/^-?\d+$/.test(chatId)) return this.chats.get(Number(chatId));
    const username = chatId.replace(/^@/, '').toLowerCase();
    const user = [...this.users.values()].find((u) => u.username?.toLowerCase() === username);
    return user === undefined ? undefined : this.chats.get(user.id);
  }
}
