/** Flood limits of the fake server; the defaults are Telegram's published ones. */
export interface RateLimits {
  /** Sustained messages per second into one private chat. */
  readonly privateChatPerSecond: number;
  /** Messages a private chat takes at once before the per-second rate applies (Telegram allows short bursts). */
  readonly privateChatBurst: number;
  /** Messages per minute into one group or supergroup. */
  readonly groupPerMinute: number;
  /** Messages per second across all chats. */
  readonly globalPerSecond: number;
}

/** A source of the current time in milliseconds, injectable so tests can move time without sleeping. */
export interface Clock {
  now(): number;
}

export interface FakeTelegramOptions {
  /** Bot token; a realistic one is generated from the bot id when absent. */
  readonly token?: string;
  readonly bot?: { readonly id?: number; readonly first_name?: string; readonly username?: string };
  /** After this long answerCallbackQuery fails with "query is too old" (Telegram: about 15 s). */
  readonly callbackAnswerTimeoutMs?: number;
  /** A callback query answered (or still unanswered) after this long is recorded as a violation. */
  readonly callbackLateAfterMs?: number;
  readonly rateLimits?: Partial<RateLimits>;
  /** Pause between webhook delivery attempts after a failed one. */
  readonly webhookRetryDelayMs?: number;
  /** How long `waitFor` and `tap` wait by default. */
  readonly waitTimeoutMs?: number;
  readonly clock?: Clock;
}

export interface ResolvedOptions {
  readonly token: string;
  readonly botId: number;
  readonly botFirstName: string;
  readonly botUsername: string;
  readonly callbackAnswerTimeoutMs: number;
  readonly callbackLateAfterMs: number;
  readonly rateLimits: RateLimits;
  readonly webhookRetryDelayMs: number;
  readonly waitTimeoutMs: number;
  readonly clock: Clock;
}

const DEFAULT_BOT_ID = 7_000_000_001;

export const DEFAULT_RATE_LIMITS: RateLimits = {
  privateChatPerSecond: 1,
  privateChatBurst: 4,
  groupPerMinute: 20,
  globalPerSecond: 30,
};

/** Fills in Telegram's defaults. */
export function resolveOptions(options: FakeTelegramOptions): ResolvedOptions {
  const botId = options.bot?.id ?? Number(options.token?.split(':')[0] ?? DEFAULT_BOT_ID);
  return {
    token: options.token ?? `${botId}:AAFakeTelegramHarnessToken_0123456789`,
    botId,
    botFirstName: options.bot?.first_name ?? 'AutoCall Test',
    botUsername: options.bot?.username ?? 'autocall_test_bot',
    callbackAnswerTimeoutMs: options.callbackAnswerTimeoutMs ?? 15_000,
    callbackLateAfterMs: options.callbackLateAfterMs ?? 2_000,
    rateLimits: { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
    webhookRetryDelayMs: options.webhookRetryDelayMs ?? 1_000,
    waitTimeoutMs: options.waitTimeoutMs ?? 5_000,
    clock: options.clock ?? { now: () => Date.now() },
  };
}
