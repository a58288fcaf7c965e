import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createRedisStore } from '../../src/store/redis-store.js';
import { expectStoreError } from './contract/expect-error.js';
import { redisHarness, testCipher } from './contract/harness.js';
import { storeContract } from './contract/index.js';

const redisUrl = inject('redisUrl');
const redis = new Redis(redisUrl);
const harness = redisHarness(redis);

afterAll(async () => {
  await harness.cleanup();
  await redis.quit();
});

const API_KEY = 'ak_live_7Hq2ZpX9vR4mN1cT8wY3bK6sD0fG5jL2';

/** Every value under a prefix, read the way its type allows, as one text. */
async function everythingStored(match: string): Promise<{ keys: string[]; text: string }> {
  const keys: string[] = [];
  const parts: string[] = [];
  for await (const batch of redis.scanStream({ match, count: 1000 })) {
    for (const key of batch as string[]) {
      keys.push(key);
      const type = await redis.type(key);
      if (type === 'string') parts.push((await redis.getBuffer(key))?.toString('latin1') ?? '');
      else if (type === 'hash') parts.push(JSON.stringify(await redis.hgetall(key)));
      else if (type === 'set') parts.push(JSON.stringify(await redis.smembers(key)));
      else if (type === 'zset') parts.push(JSON.stringify(await redis.zrange(key, '0', '-1')));
      else if (type === 'stream') parts.push(JSON.stringify(await redis.xrange(key, '-', '+')));
      else throw new Error(`unexpected type ${type} at ${key}`);
    }
  }
  return { keys, text: parts.join('\n') };
}

describe('redis store', () => {
  storeContract(harness.make);

  describe('in Redis', () => {
    it('keeps API keys out of the stored bytes and every key under the versioned prefix', async () => {
      const h = harness.make();
      const account = await h.store.accounts.create({ name: 'Shop', demo: false, apiKey: API_KEY, ownerId: 5 });
      await h.store.accounts.replaceKey(account.id, `${API_KEY}-v2`);
      await h.store.members.set(account.id, 5, 'owner', { name: 'Aigerim' });
      await h.store.invites.create({ accountId: account.id, role: 'viewer', createdBy: 5 });
      await h.store.audit.append(account.id, { at: 1, actorId: 5, actorName: 'Aigerim', action: 'key.relink', result: 'ok' });
      await h.store.adapter('session').write('5', { activeAccountId: account.id });
      const { keys, text } = await everythingStored(h.keys.all);
      expect(keys.length).toBeGreaterThan(5);
      const prefix = h.keys.all.slice(0, -1);
      for (const key of keys) expect(key.startsWith(prefix)).toBe(true);
      expect(prefix).toMatch(/:v1:$/);
      expect(text).toContain(account.id);
      expect(text).not.toContain(API_KEY);
    });

    it('puts a TTL on ephemeral data only', async () => {
      const h = harness.make();
      const account = await h.store.accounts.create({ name: 'Shop', demo: false, apiKey: API_KEY, ownerId: 5 });
      const invite = await h.store.invites.create({ accountId: account.id, role: 'viewer', createdBy: 5, ttlMs: 60_000 });
      await h.store.drafts.put('list:5', { rows: 1 }, 120_000);
      await h.store.kv.incrWindow('flash:+77011234567', 300_000);
      await h.store.adapter('session', { ttlMs: 3_600_000 }).write('5', {});
      const ttl = (key: string) => redis.pttl(key);
      expect(await ttl(h.keys.invite(invite.token))).toBeGreaterThan(59_000);
      expect(await ttl(h.keys.draft('list:5'))).toBeGreaterThan(119_000);
      expect(await ttl(h.keys.kv('flash:+77011234567'))).toBeGreaterThan(299_000);
      expect(await ttl(h.keys.adapter('session')('5'))).toBeGreaterThan(3_599_000);
      expect(await ttl(h.keys.account(account.id))).toBe(-1);
    });

    it('keeps the audit log as a capped stream', async () => {
      const h = harness.make({ auditCap: 50 });
      for (let n = 0; n < 400; n++) {
        await h.store.audit.append('acc1', { at: n, actorId: 5, actorName: 'Aigerim', action: 'flash.send', result: 'ok' });
      }
      expect(await redis.type(h.keys.audit('acc1'))).toBe('stream');
      expect(await redis.xlen(h.keys.audit('acc1'))).toBeLessThanOrEqual(150);
    });

    it('reports a stream entry written by something else as corrupt', async () => {
      const h = harness.make();
      await redis.xadd(h.keys.audit('acc1'), '*', 'other', '{}');
      await expectStoreError(h.store.audit.list('acc1', { limit: 10 }), 'corrupt');
    });

    it('opens and closes its own connection from a URL', async () => {
      const store = createRedisStore({ redis: redisUrl, cipher: testCipher(), prefix: 'tping' });
      expect(await store.ping()).toBe(true);
      await store.close();
      expect(await store.ping()).toBe(false);
      expect(redis.status).toBe('ready');
    });

    it('answers ping with false, quickly, when Redis is unreachable', async () => {
      const offline = new Redis('redis://127.0.0.1:1', { lazyConnect: true, retryStrategy: () => null });
      offline.on('error', () => undefined);
      const store = createRedisStore({ redis: offline, cipher: testCipher(), pingTimeoutMs: 200 });
      const started = Date.now();
      expect(await store.ping()).toBe(false);
      expect(Date.now() - started).toBeLessThan(1000);
      await expectStoreError(store.accounts.get('acc1'), 'backend');
      offline.disconnect();
    });
  });
});
