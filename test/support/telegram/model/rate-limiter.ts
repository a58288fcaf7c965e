import type { Clock, RateLimits } from '../options.js';
import type { ChatType } from './chat-state.js';

interface Bucket {
  tokens: number;
  updatedAt: number;
}

interface BucketRule {
  readonly key: string;
  readonly capacity: number;
  readonly perSecond: number;
}

/**
 * Telegram's flood control as token buckets: a message needs a token from its chat's bucket and from the global one.
 * Refused messages take no token and learn how many whole seconds to wait (`retry_after`, at least 1).
 */
export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();

  constructor(
    private readonly limits: RateLimits,
    private readonly clock: Clock,
  ) {}

  /** Takes a token for a message into `chatId`, or returns the seconds to wait. */
  admit(chatId: number, chatType: ChatType): { readonly ok: true } | { readonly ok: false; readonly retryAfter: number } {
    const now = this.clock.now();
    const rules = [this.#chatRule(chatId, chatType), this.#globalRule()];
    const buckets = rules.map((rule) => ({ rule, bucket: this.#refill(rule, now) }));
    const waits = buckets.filter(({ bucket }) => bucket.tokens < 1).map(({ rule, bucket }) => (1 - bucket.tokens) / rule.perSecond);
    if (waits.length > 0) return { ok: false, retryAfter: Math.max(1, Math.ceil(Math.max(...waits))) };
    for (const { bucket } of buckets) bucket.tokens -= 1;
    return { ok: true };
  }

  #chatRule(chatId: number, chatType: ChatType): BucketRule {
    return chatType === 'private'
      ? { key: `chat:${chatId}`, capacity: this.limits.privateChatBurst, perSecond: this.limits.privateChatPerSecond }
      : { key: `chat:${chatId}`, capacity: this.limits.groupPerMinute, perSecond: this.limits.groupPerMinute / 60 };
  }

  #globalRule(): BucketRule {
    return { key: 'global', capacity: this.limits.globalPerSecond, perSecond: this.limits.globalPerSecond };
  }

  #refill(rule: BucketRule, now: number): Bucket {
    const bucket = this.#buckets.get(rule.key) ?? { tokens: rule.capacity, updatedAt: now };
    bucket.tokens = Math.min(rule.capacity, bucket.tokens + ((now - bucket.updatedAt) / 1000) * rule.perSecond);
    bucket.updatedAt = now;
    this.#buckets.set(rule.key, bucket);
    return bucket;
  }
}
