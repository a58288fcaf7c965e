import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { createRedisStore } from '../../src/store/redis-store.js';
import { REDIS_MISSING, redisForTests, startRedisServer } from '../support/redis.js';
import { testCipher } from './contract/harness.js';

describe('test Redis server', () => {
  it('says how to install redis-server when it is missing', async () => {
    await expect(startRedisServer({ command: 'redis-server-not-installed' })).rejects.toThrow(
      new Error('redis-server not found: apt-get install -y redis-server'),
    );
    expect(REDIS_MISSING).toBe('redis-server not found: apt-get install -y redis-server');
  });

  it('keeps data across a restart with the append-only file on', async () => {
    const server = await startRedisServer({ aof: true });
    try {
      const before = new Redis(server.url);
      await before.set('acb:v1:account:abc', '{"name":"Shop"}');
      await before.quit();
      await server.restart();
      const after = new Redis(server.url);
      expect(await after.get('acb:v1:account:abc')).toBe('{"name":"Shop"}');
      await after.quit();
    } finally {
      await server.stop();
    }
  });

  it('uses REDIS_URL when it is set', async () => {
    const server = await redisForTests({ REDIS_URL: 'redis://127.0.0.1:6390/3' });
    expect(server.url).toBe('redis://127.0.0.1:6390/3');
    await server.stop();
  });
});

describe('redis store connection', () => {
  it('tells its listener of each failed reconnect while Redis is down (ioredis would print "Unhandled error event")', async () => {
    const server = await startRedisServer();
    const failures: Error[] = [];
    const store = createRedisStore({ redis: server.url, cipher: testCipher(), onConnectionError: (error) => failures.push(error) });
    try {
      expect(await store.kv.setOnce('probe', 'before', 60_000)).toBe(true);
      expect(failures).toEqual([]);
      await server.stop();
      await expect.poll(() => failures.length, { timeout: 10_000 }).toBeGreaterThan(0);
      expect(failures[0]?.message).toMatch(/ECONNREFUSED/);
      expect(await store.ping()).toBe(false);
    } finally {
      await store.close();
    }
  });
});
