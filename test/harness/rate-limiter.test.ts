import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../support/telegram/model/rate-limiter.js';
import { DEFAULT_RATE_LIMITS } from '../support/telegram/options.js';

/** Sends `count` messages `gapMs` apart into one chat; returns the retry_after of each refusal (undefined if sent). */
function run(chatType: 'private' | 'supergroup', count: number, gapMs: number): (number | undefined)[] {
  let now = 0;
  const limiter = new RateLimiter(DEFAULT_RATE_LIMITS, { now: () => now });
  const results: (number | undefined)[] = [];
  for (let i = 0; i < count; i++) {
    const admitted = limiter.admit(-100, chatType);
    results.push(admitted.ok ? undefined : admitted.retryAfter);
    now += gapMs;
  }
  return results;
}

/** Expected refusals follow from the buckets: a burst of 4 then 1/s for private chats, 20 then 1 per 3 s for groups. */
describe('flood control buckets', () => {
  it.each([
    { name: 'one message a second into a private chat, for a minute', chat: 'private' as const, count: 60, gap: 1_000, refused: 0 },
    { name: 'a burst of 4 into a private chat', chat: 'private' as const, count: 4, gap: 0, refused: 0 },
    { name: 'a burst of 6 into a private chat', chat: 'private' as const, count: 6, gap: 0, refused: 2 },
    { name: 'two a second into a private chat for 10 s', chat: 'private' as const, count: 20, gap: 500, refused: 7 },
    { name: '20 at once into a group', chat: 'supergroup' as const, count: 20, gap: 0, refused: 0 },
    { name: 'one every 3 s into a group, for 3 minutes', chat: 'supergroup' as const, count: 60, gap: 3_000, refused: 0 },
    { name: 'one a second into a group, for a minute', chat: 'supergroup' as const, count: 60, gap: 1_000, refused: 21 },
  ])('$name: $refused refused', ({ chat, count, gap, refused }) => {
    const results = run(chat, count, gap);
    expect(results.filter((r) => r !== undefined)).toHaveLength(refused);
    expect(results.every((r) => r === undefined || r >= 1)).toBe(true);
  });
});
