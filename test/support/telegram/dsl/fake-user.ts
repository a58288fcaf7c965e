import type { Chat, Contact, ForumTopic, Message, MessageEntity, User } from 'grammy/types';
import type { BotApiCore } from '../api/bot-api-core.js';
import { apiChat } from '../model/api-objects.js';
import type { CallbackAnswer } from '../model/callback-queries.js';
import type { ChatMessage } from '../model/chat-message.js';
import type { ChatState, NewMessage } from '../model/chat-state.js';
import type { FileKind } from '../model/file-store.js';
import { inlineKeyboardOf } from '../model/reply-markup.js';
import { dumpChat } from './chat-dump.js';
import type { FakeGroup } from './fake-group.js';
import { describePattern, matchesMessage, matchesText, type MessagePattern, type TextPattern } from './text-pattern.js';

export interface UploadSpec {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly mimeType?: string;
  readonly caption?: string;
}

export interface WaitOptions {
  readonly timeoutMs?: number;
}

const COMMAND = /^\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?/;

const DEFAULT_MIME: Readonly<Record<FileKind, string>> = {
  document: 'application/octet-stream',
  audio: 'audio/mpeg',
  voice: 'audio/ogg',
  photo: 'image/jpeg',
};

/** Telegram marks a leading `/command` (with an optional `@bot`) as a bot_command entity. */
function commandEntities(text: string): MessageEntity[] {
  const command = COMMAND.exec(text);
  return command === null ? [] : [{ type: 'bot_command', offset: 0, length: command[0].length }];
}

/**
 * A person talking to the bot, in the private chat or (through `in`) in a group or forum topic. Everything the user
 * does becomes an update the bot receives; everything the bot sends can be awaited with `waitFor`.
 */
export class FakeUser {
  readonly #views = new Map<string, FakeUser>();
  /** Index of the first chat event `waitFor` has not looked at yet. */
  #cursor: number;

  constructor(
    private readonly core: BotApiCore,
    readonly user: User,
    private readonly place: ChatState,
    private readonly topic?: ForumTopic,
  ) {
    this.#cursor = place.events().length;
  }

  get id(): number {
    return this.user.id;
  }

  /** The same user in a group (the group must have them as a member), optionally in a forum topic. */
  in(group: FakeGroup, options: { readonly topic?: ForumTopic } = {}): FakeUser {
    const key = `${group.id}:${options.topic?.message_thread_id ?? ''}`;
    const existing = this.#views.get(key);
    if (existing !== undefined) return existing;
    const view = new FakeUser(this.core, this.user, group.state, options.topic);
    this.#views.set(key, view);
    return view;
  }

  /** Sends a text or a command; returns the message as the bot receives it. */
  async send(text: string, options: { readonly replyTo?: number } = {}): Promise<Message> {
    return this.#post({ text, entities: commandEntities(text) }, options.replyTo);
  }

  async sendDocument(spec: UploadSpec): Promise<Message> {
    return this.#postFile('document', spec);
  }

  async sendAudio(spec: UploadSpec): Promise<Message> {
    return this.#postFile('audio', spec);
  }

  async sendVoice(spec: Omit<UploadSpec, 'fileName'> & { readonly fileName?: string }): Promise<Message> {
    return this.#postFile('voice', { fileName: 'voice.ogg', ...spec });
  }

  /** Shares a contact; by default the user's own, as the "share my phone" button does. */
  async sendContact(contact: Partial<Contact> & { readonly phone_number: string }): Promise<Message> {
    return this.#post({ contact: { first_name: this.user.first_name, user_id: this.user.id, ...contact } });
  }

  /**
   * Waits for the next bot message in this chat (or topic) matching `pattern`, an edit of an existing message
   * included, and returns it as it was then. Messages already awaited are skipped; a timeout fails with the chat.
   */
  async waitFor(pattern: MessagePattern, options: WaitOptions = {}): Promise<ChatMessage> {
    const timeoutMs = options.timeoutMs ?? this.core.options.waitTimeoutMs;
    return new Promise<ChatMessage>((resolve, reject) => {
      const check = (): boolean => {
        const events = this.place.events();
        while (this.#cursor < events.length) {
          const event = events[this.#cursor];
          this.#cursor += 1;
          if (event !== undefined && event.kind !== 'deleted' && this.#isOurs(event.message) && matchesMessage(pattern, event.message)) {
            finish();
            resolve(event.message);
            return true;
          }
        }
        return false;
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`waitFor(${describePattern(pattern)}) timed out after ${timeoutMs} ms in ${dumpChat(this.place)}`));
      }, timeoutMs);
      const unsubscribe = this.place.subscribe(() => void check());
      const finish = (): void => {
        clearTimeout(timer);
        unsubscribe();
      };
      check();
    });
  }

  /**
   * Taps the inline button with this label on the latest bot message that has it, and returns the bot's answer
   * once it answers the callback query. Fails when no such button exists or the bot never answers.
   */
  async tap(label: TextPattern, options: WaitOptions = {}): Promise<CallbackAnswer> {
    const found = this.#findButton(label);
    return this.#press(found.message, found.data, String(label), options);
  }

  /**
   * Sends a callback query with arbitrary data from the latest bot message here, as a modified client could: for
   * tests that forged or stale buttons are refused. Returns the bot's answer.
   */
  async pressCallback(data: string, options: WaitOptions = {}): Promise<CallbackAnswer> {
    const message = this.lastMessage();
    if (!message) throw new Error(`pressCallback(${data}): the bot has not written here yet`);
    return this.#press(message, data, data, options);
  }

  async #press(message: ChatMessage, data: string, what: string, options: WaitOptions): Promise<CallbackAnswer> {
    const query = this.core.callbacks.open(data);
    this.core.queue.push({
      callback_query: {
        id: query.id,
        from: this.user,
        message: this.core.view(message, this.place),
        chat_instance: String(this.place.id),
        data,
      },
    });
    const timeoutMs = options.timeoutMs ?? this.core.options.callbackAnswerTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`tap(${what}): the bot did not answer the callback query within ${timeoutMs} ms`));
      }, timeoutMs);
    });
    try {
      return await Promise.race([query.answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The latest message from the bot here, in its current version. */
  lastMessage(): ChatMessage | undefined {
    return this.messages().filter((m) => m.from_bot).at(-1);
  }

  /** The chat as the user sees it: messages not deleted, latest versions, in order. */
  messages(): ChatMessage[] {
    return this.place.allMessages().filter((m) => !m.deleted && this.#inTopic(m));
  }

  /** The Bot API `Chat` this user is writing in. */
  chat(): Chat {
    return apiChat(this.place);
  }

  #inTopic(message: ChatMessage): boolean {
    return this.topic === undefined || message.message_thread_id === this.topic.message_thread_id;
  }

  #isOurs(message: ChatMessage): boolean {
    return message.from_bot && this.#inTopic(message);
  }

  #findButton(label: TextPattern): { message: ChatMessage; data: string } {
    const candidates = this.messages().filter((m) => m.from_bot).reverse();
    for (const message of candidates) {
      const button = inlineKeyboardOf(message.reply_markup)?.flat().find((b) => matchesText(label, b.text));
      if (button === undefined) continue;
      if (!('callback_data' in button) || typeof button.callback_data !== 'string') {
        throw new Error(`tap(${String(label)}): the button on message #${message.message_id} has no callback_data`);
      }
      return { message, data: button.callback_data };
    }
    throw new Error(`tap(${String(label)}): no bot message here has such a button; ${dumpChat(this.place)}`);
  }

  async #postFile(kind: FileKind, spec: UploadSpec): Promise<Message> {
    const file = this.core.world.files.add({
      kind,
      fileName: spec.fileName,
      mimeType: spec.mimeType ?? DEFAULT_MIME[kind],
      bytes: spec.bytes,
    });
    return this.#post({ media: file, ...(spec.caption === undefined ? {} : { caption: spec.caption }) });
  }

  async #post(body: Partial<Pick<NewMessage, 'text' | 'entities' | 'caption' | 'media' | 'contact'>>, replyTo?: number): Promise<Message> {
    if (this.place.type === 'private') {
      this.place.started = true;
      if (this.core.world.blocked.delete(this.user.id)) this.#announceBotStatus('member');
    } else if (!['creator', 'administrator', 'member', 'restricted'].includes(this.place.members.get(this.user.id) ?? 'left')) {
      throw new Error(`${this.user.first_name} is not a member of "${this.place.title ?? this.place.id}": add them first`);
    }
    const stored = this.place.add({
      ...body,
      from: this.user,
      from_bot: false,
      date: this.core.unixNow(),
      ...(this.topic === undefined ? {} : { message_thread_id: this.topic.message_thread_id }),
      ...(replyTo === undefined ? {} : { reply_to_message_id: replyTo }),
    });
    const message = this.core.view(stored, this.place);
    if (this.#botSees(stored)) this.core.queue.push({ message });
    return message;
  }

  /**
   * With privacy mode on (the bot a plain member of a group), Telegram delivers only commands, replies to the bot
   * and mentions of it; an administrator bot sees everything.
   */
  #botSees(message: ChatMessage): boolean {
    if (this.place.type === 'private' || this.place.members.get(this.core.world.bot.id) === 'administrator') return true;
    const text = message.text ?? message.caption ?? '';
    const repliesToBot = message.reply_to_message_id !== undefined && this.place.get(message.reply_to_message_id)?.from_bot === true;
    return COMMAND.test(text) || repliesToBot || text.includes(`@${this.core.world.bot.username}`);
  }

  /** Tells the bot its status in this private chat changed (Telegram's `my_chat_member` on block and restart). */
  #announceBotStatus(status: 'member' | 'kicked'): void {
    const bot = this.core.world.bot;
    const before = status === 'member' ? { status: 'kicked' as const, user: bot, until_date: 0 } : { status: 'member' as const, user: bot };
    const after = status === 'member' ? { status: 'member' as const, user: bot } : { status: 'kicked' as const, user: bot, until_date: 0 };
    this.core.queue.push({
      my_chat_member: { chat: apiChat(this.place), from: this.user, date: this.core.unixNow(), old_chat_member: before, new_chat_member: after },
    });
  }

  /** Marks the user as having blocked the bot; called through `FakeTelegram.block`. */
  blockBot(): void {
    this.core.world.blocked.add(this.user.id);
    if (this.place.started) this.#announceBotStatus('kicked');
  }
}
