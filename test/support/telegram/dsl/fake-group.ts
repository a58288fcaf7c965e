import type { ForumTopic } from 'grammy/types';
import type { BotApiCore } from '../api/bot-api-core.js';
import { apiChat } from '../model/api-objects.js';
import type { ChatMessage } from '../model/chat-message.js';
import type { ChatState, MemberStatus } from '../model/chat-state.js';
import type { FakeUser } from './fake-user.js';

/** A group or supergroup (optionally a forum) with its members; users talk in it through `user.in(group)`. */
export class FakeGroup {
  constructor(
    private readonly core: BotApiCore,
    /** The group's state in the fake world. */
    readonly state: ChatState,
  ) {}

  get id(): number {
    return this.state.id;
  }

  /** Adds (or changes) a member; `getChatMember` reports this status. */
  add(user: FakeUser, status: MemberStatus = 'member'): this {
    this.core.world.setMember(this.state, user.user, status);
    return this;
  }

  /** Sets the bot's own status: a plain `member` bot has privacy mode and sees only commands, replies and mentions. */
  setBotStatus(status: MemberStatus): this {
    this.core.world.setMember(this.state, this.core.world.bot, status);
    return this;
  }

  /** Creates a forum topic; pass it to `user.in(group, { topic })`. */
  createTopic(name: string): ForumTopic {
    return this.core.world.addTopic(this.state, name);
  }

  /** Messages not deleted, latest versions, in order. */
  messages(): ChatMessage[] {
    return this.state.allMessages().filter((m) => !m.deleted);
  }

  chat(): ReturnType<typeof apiChat> {
    return apiChat(this.state);
  }
}
