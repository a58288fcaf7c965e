import { describe, expect, it } from 'vitest';
import { createApiBudget } from '../../src/notifier/engine/api-budget.js';
import { createMemoryStore } from '../../src/store/index.js';
import { testCipher } from '../store/contract/harness.js';

describe('the notifier’s share of a key’s rate limit', () => {
  it.each([
    [300, 0.1, 6],
    [300, 1, 60],
    [300, 0.01, 1],
    [120, 0.25, 6],
  ])('of %i a minute at %f allows %i per 15 s window', (ratePerMinute, share, perWindow) => {
    expect(createApiBudget(createMemoryStore({ cipher: testCipher() }).kv, { ratePerMinute, share }).perWindow).toBe(perWindow);
  });

  it('refuses once a window is spent, per account, and gives again in the next window', async () => {
    let now = Date.UTC(2025, 2, 1, 4);
    const store = createMemoryStore({ cipher: testCipher(), clock: () => now });
    const budget = createApiBudget(store.kv, { ratePerMinute: 300, share: 0.1 });
    const takes = [];
    for (let i = 0; i < 7; i++) takes.push(await budget.take('shop'));
    expect(takes).toEqual([true, true, true, true, true, true, false]);
    expect(await budget.take('other')).toBe(true);
    now += 15_000;
    expect(await budget.take('shop')).toBe(true);
  });
});
