import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { memoryHarness, testCipher } from './contract/harness.js';
import { storeContract } from './contract/index.js';

describe('memory store', () => {
  storeContract(memoryHarness);

  it('is built by createMemoryStore on the injected clock', async () => {
    let now = Date.UTC(2025, 2, 1);
    const store = createMemoryStore({ cipher: testCipher(), clock: () => now });
    const account = await store.accounts.create({ name: 'Demo', demo: true, apiKey: 'demo-key', ownerId: 5 });
    expect(account.createdAt).toBe(now);
    const invite = await store.invites.create({ accountId: account.id, role: 'viewer', createdBy: 5, ttlMs: 1000 });
    now += 1000;
    expect(await store.invites.consume(invite.token, 6)).toBeNull();
    expect(await store.ping()).toBe(true);
    await store.close();
    expect(await store.accounts.get(account.id)).toBeNull();
  });
});
