import { apiMessage, type ApiMessage } from '../model/api-objects.js';
import { CallbackQueries } from '../model/callback-queries.js';
import type { ChatMessage } from '../model/chat-message.js';
import type { ChatState } from '../model/chat-state.js';
import { RateLimiter } from '../model/rate-limiter.js';
import { UpdateQueue } from '../model/update-queue.js';
import { WebhookPusher } from '../model/webhook-pusher.js';
import type { World } from '../model/world.js';
import type { ResolvedOptions } from '../options.js';
import { badRequest, blockedByUser, fail, forbidden, ok, tooManyRequests, type Outcome } from './bot-api-error.js';
import { CallLog } from './call-log.js';
import type { UploadedPart } from './multipart.js';

/** Update ids start high enough to look real, and the same in every run. */
const FIRST_UPDATE_ID = 750_000_001;

/** One call of a Bot API method, as the HTTP layer hands it to the method's handler. */
export interface MethodRequest {
  readonly method: string;
  readonly params: Record<string, unknown>;
  readonly files: Readonly<Record<string, UploadedPart>>;
  /** Aborted when the bot's HTTP request goes away (a cancelled long poll). */
  readonly signal: AbortSignal;
}

export type MethodHandler = (core: BotApiCore, request: MethodRequest) => Outcome<unknown> | Promise<Outcome<unknown>>;

/** A chat action the bot showed ("typing", "upload_document"). */
export interface ChatActionRecord {
  readonly chat_id: number;
  readonly action: string;
  readonly message_thread_id?: number;
}

/** Why a chat is looked up: only sending opens limits and first-contact rules. */
export type ChatPurpose = 'send' | 'use';

/**
 * The state every method handler works on: the world, the update queue and webhook, callback queries, flood control
 * and the call log, plus the lookups several methods share.
 */
export class BotApiCore {
  readonly log = new CallLog();
  readonly queue: UpdateQueue;
  readonly webhook: WebhookPusher;
  readonly callbacks: CallbackQueries;
  readonly limiter: RateLimiter;
  readonly chatActions: ChatActionRecord[] = [];
  #forcedFloods: { remaining: number; retryAfter: number } = { remaining: 0, retryAfter: 1 };

  constructor(
    readonly world: World,
    readonly options: ResolvedOptions,
  ) {
    this.queue = new UpdateQueue(FIRST_UPDATE_ID);
    this.webhook = new WebhookPusher(this.queue, options.webhookRetryDelayMs, options.clock);
    this.limiter = new RateLimiter(options.rateLimits, options.clock);
    this.callbacks = new CallbackQueries(
      { answerTimeoutMs: options.callbackAnswerTimeoutMs, lateAfterMs: options.callbackLateAfterMs },
      options.clock,
      (id, data, error) => this.log.violation('answerCallbackQuery', { callback_query_id: id, data }, error),
    );
  }

  /** Unix time in seconds, as messages carry it. */
  unixNow(): number {
    return Math.floor(this.options.clock.now() / 1000);
  }

  /** Makes the next `count` calls fail with 429 and this `retry_after`. */
  forceFlood(count: number, retryAfter: number): void {
    this.#forcedFloods = { remaining: count, retryAfter };
  }

  /** Takes one forced 429, if any are left. */
  takeForcedFlood(): Outcome<void> {
    if (this.#forcedFloods.remaining <= 0) return ok(undefined);
    this.#forcedFloods.remaining -= 1;
    return fail(tooManyRequests(this.#forcedFloods.retryAfter));
  }

  /**
   * Resolves `chat_id` for a call into that chat: unknown chats, users who blocked the bot, users who never wrote
   * to it (for sending), and groups the bot is not in are refused as Telegram refuses them.
   */
  chat(chatId: number | string, purpose: ChatPurpose): Outcome<ChatState> {
    const chat = this.world.findChat(chatId);
    if (chat?.started !== true) {
      const neverWrote = chat !== undefined || this.world.users.has(Number(chatId));
      return fail(purpose === 'send' && neverWrote ? forbidden("bot can't initiate conversation with a user") : badRequest('chat not found'));
    }
    if (chat.type === 'private' && this.world.blocked.has(chat.id)) return fail(blockedByUser());
    const botStatus = chat.members.get(this.world.bot.id);
    if (chat.type !== 'private' && (botStatus === 'left' || botStatus === 'kicked')) {
      return fail(forbidden(botStatus === 'kicked' ? `bot was kicked from the ${chat.type} chat` : `bot is not a member of the ${chat.type} chat`));
    }
    return ok(chat);
  }

  /** Flood control for one more message into `chat`. */
  admitMessage(chat: ChatState): Outcome<void> {
    const admitted = this.limiter.admit(chat.id, chat.type);
    return admitted.ok ? ok(undefined) : fail(tooManyRequests(admitted.retryAfter));
  }

  /** Checks `message_thread_id` against the chat's forum topics. */
  thread(chat: ChatState, threadId: number | undefined): Outcome<number | undefined> {
    if (threadId === undefined || !chat.isForum) return ok(undefined);
    return chat.topics.has(threadId) ? ok(threadId) : fail(badRequest('message thread not found'));
  }

  /** The Bot API view of a stored message, with the message it replies to. */
  view(message: ChatMessage, chat: ChatState): ApiMessage {
    const replyTo = message.reply_to_message_id === undefined ? undefined : chat.get(message.reply_to_message_id);
    return apiMessage(message, chat, replyTo);
  }

  close(): void {
    this.queue.close();
    this.webhook.stop();
    this.callbacks.close();
  }
}
