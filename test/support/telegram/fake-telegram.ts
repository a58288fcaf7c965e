import type { BotCommand, BotCommandScope, Update, UserFromGetMe } from 'grammy/types';
import { BotApiCore, type ChatActionRecord } from './api/bot-api-core.js';
import { describeViolations, type ApiCall, type ApiViolation, type HandledRejection } from './api/call-log.js';
import { startHttpServer, type RunningServer } from './api/http-server.js';
import { FakeGroup } from './dsl/fake-group.js';
import { FakeUser } from './dsl/fake-user.js';
import { commandListKey } from './methods/command-methods.js';
import type { WebhookDelivery } from './model/webhook-pusher.js';
import { World, type GroupProfile, type UserProfile } from './model/world.js';
import { resolveOptions, type FakeTelegramOptions } from './options.js';

/**
 * A running fake Telegram Bot API: point grammY at `apiRoot`, play users with `user()` and `group()`, and assert on
 * what the bot did (`violations`, `rejections`, `calls`).
 */
export class FakeTelegram {
  readonly #users = new Map<number, FakeUser>();

  constructor(
    private readonly core: BotApiCore,
    private readonly server: RunningServer,
  ) {}

  /** `http://127.0.0.1:<port>`, for `new Bot(token, { client: { apiRoot } })`. */
  get apiRoot(): string {
    return this.server.apiRoot;
  }

  get token(): string {
    return this.core.options.token;
  }

  /** What `getMe` answers; pass it as `botInfo` to skip the call. */
  get botInfo(): UserFromGetMe {
    return this.core.world.bot;
  }

  /** Requests the real server would refuse, and rules broken (late callback answers). A test should end with none. */
  get violations(): readonly ApiViolation[] {
    return this.core.log.violations;
  }

  /** Errors a bot meets in normal operation and must handle: 429 flood control, 403 from a user who blocked it. */
  get rejections(): readonly HandledRejection[] {
    return this.core.log.rejections;
  }

  /** Every Bot API call, in order. */
  get calls(): readonly ApiCall[] {
    return this.core.log.calls;
  }

  get webhookDeliveries(): readonly WebhookDelivery[] {
    return this.core.webhook.deliveries;
  }

  get chatActions(): readonly ChatActionRecord[] {
    return this.core.chatActions;
  }

  /** Updates not yet confirmed by the bot. */
  pendingUpdates(): readonly Update[] {
    return this.core.queue.pending();
  }

  /** A new user; their private chat with the bot opens when they first write. */
  user(profile: UserProfile): FakeUser {
    const user = this.core.world.addUser(profile);
    const fake = new FakeUser(this.core, user, this.core.world.privateChat(user));
    this.#users.set(user.id, fake);
    return fake;
  }

  /** A new supergroup (a forum with `forum: true`, a basic group with `basic: true`); the bot is an administrator. */
  group(profile: GroupProfile): FakeGroup {
    return new FakeGroup(this.core, this.core.world.addGroup(profile));
  }

  /**
   * A bot in webhook mode registers its public https URL; the test reaches the same bot on loopback. Pushes go to
   * `target` from now on, while getWebhookInfo still reports the registered URL.
   */
  redirectWebhook(target: string): void {
    this.core.webhook.redirect(target);
  }

  /** The user blocks the bot: calls into their chat get 403 until they write again. */
  block(user: FakeUser): void {
    this.#users.get(user.id)?.blockBot();
  }

  /** The next `count` calls (other than getUpdates and webhook management) fail with 429 `retry after N`. */
  forceRateLimit(count: number, retryAfterSeconds = 1): void {
    this.core.forceFlood(count, retryAfterSeconds);
  }

  /** The command list set for a scope and language (what users see in the menu). */
  commands(scope?: BotCommandScope, languageCode?: string): readonly BotCommand[] {
    return this.core.world.commands.get(commandListKey(scope, languageCode)) ?? [];
  }

  /** Throws with a readable list when the bot did anything the real Telegram would refuse. */
  expectNoViolations(): void {
    if (this.violations.length > 0) {
      throw new Error(`The bot made ${this.violations.length} Bot API violation(s):\n${describeViolations(this.violations)}`);
    }
  }

  async close(): Promise<void> {
    this.core.close();
    await this.server.close();
  }
}

/** Starts a fake Bot API server on loopback. */
export async function startFakeTelegram(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const resolved = resolveOptions(options);
  const world = new World({
    id: resolved.botId,
    is_bot: true,
    first_name: resolved.botFirstName,
    username: resolved.botUsername,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  });
  const core = new BotApiCore(world, resolved);
  return new FakeTelegram(core, await startHttpServer(core));
}
