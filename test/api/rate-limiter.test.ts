import { afterEach, describe, expect, it } from 'vitest';
import { isAutocallError } from '../../src/api/index.js';
import { QueueFullError, RateLimiter } from '../../src/api/rate-limiter.js';
import { FakeClock, settle } from './support/fake-clock.js';
import { reply } from './support/stub-server.js';
import { laravelPage } from './support/fixtures.js';
import { rejectionOf, startHarness, TEST_TIMEOUT_MS, type Harness } from './support/harness.js';

/** The most starts found in any window `[t, t + windowMs)`. */
function busiestWindow(starts: number[], windowMs: number): number {
  const sorted = [...starts].sort((a, b) => a - b);
  let busiest = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last++) {
    while (sorted[last]! - sorted[first]! >= windowMs) first++;
    busiest = Math.max(busiest, last - first + 1);
  }
  return busiest;
}

/** Acquires `count` slots at once, each request finishing at once; records when each was granted. */
async function burst(limiter: RateLimiter, clock: FakeClock, count: number): Promise<number[]> {
  const granted: number[] = [];
  const all = Array.from({ length: count }, () =>
    limiter.acquire().then((release) => {
      granted.push(clock.now());
      release();
    }),
  );
  await settle();
  while (granted.length < count) {
    if (!(await clock.advanceToNext())) throw new Error('the limiter stalled');
  }
  await Promise.all(all);
  return granted;
}

/** A request that takes no time: acquire, then release at once. */
const instant = (limiter: RateLimiter, signal?: AbortSignal) => limiter.acquire(signal).then((release) => release());

describe('RateLimiter (sliding window, fake clock)', () => {
  it('lets a burst of 700 through without ever exceeding 300 in any rolling minute', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ limit: 300, windowMs: 60_000, queueLimit: 1000, clock });
    const start = clock.now();
    const granted = await burst(limiter, clock, 700);

    expect(granted).toHaveLength(700);
    expect(busiestWindow(granted, 60_000)).toBe(300);
    // Waiting callers go as soon as a slot frees: 300 now, 300 a minute later, 100 after two.
    expect(granted.filter((t) => t === start)).toHaveLength(300);
    expect(granted.filter((t) => t === start + 60_000)).toHaveLength(300);
    expect(granted.filter((t) => t === start + 120_000)).toHaveLength(100);
  });

  it('spreads starts that arrive over time, still never exceeding the limit', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ limit: 5, windowMs: 1000, queueLimit: 100, clock });
    const granted: number[] = [];
    const pending: Promise<unknown>[] = [];
    for (const gap of [0, 100, 100, 300, 50, 50, 400, 0, 10, 990, 5, 5, 5]) {
      await clock.advance(gap);
      pending.push(
        limiter.acquire().then((release) => {
          granted.push(clock.now());
          release();
        }),
      );
      await settle();
    }
    while (granted.length < pending.length) await clock.advanceToNext();
    expect(busiestWindow(granted, 1000)).toBeLessThanOrEqual(5);
  });

  it('frees a slot one window after its request finished, so latency cannot squeeze two windows into one', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ limit: 1, windowMs: 1000, queueLimit: 10, clock });
    const release = await limiter.acquire();
    let next: number | null = null;
    const waiting = limiter.acquire().then((r) => {
      next = clock.now();
      r();
    });
    // Still in flight: nothing can start, however long it takes.
    await clock.advance(5000);
    expect(next).toBeNull();
    const finishedAt = clock.now();
    release();
    await clock.advance(999);
    expect(next).toBeNull();
    await clock.advance(1);
    await waiting;
    expect(next).toBe(finishedAt + 1000);
  });

  it('serves waiting callers in arrival order', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ limit: 1, windowMs: 1000, queueLimit: 10, clock });
    const order: number[] = [];
    const all = [1, 2, 3, 4].map((n) =>
      limiter.acquire().then((release) => {
        order.push(n);
        release();
      }),
    );
    while (order.length < 4) await clock.advanceToNext();
    await Promise.all(all);
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('refuses callers beyond the queue limit with QueueFullError, and frees room as the queue drains', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ limit: 2, windowMs: 1000, queueLimit: 3, clock });
    const admitted = Array.from({ length: 5 }, () => instant(limiter));
    const overflow = await rejectionOf(limiter.acquire());
    expect(overflow).toBeInstanceOf(QueueFullError);
    expect((overflow as QueueFullError).queueLimit).toBe(3);
    expect(limiter.queued).toBe(3);

    await clock.advance(2000);
    await Promise.all(admitted);
    expect(limiter.queued).toBe(0);
    // Room again: one free slot in the window and three places in the queue.
    const refill = Array.from({ length: 4 }, () => instant(limiter));
    await expect(limiter.acquire()).rejects.toBeInstanceOf(QueueFullError);
    await clock.advance(2000);
    await Promise.all(refill);
  });

  it('drops an aborted caller from the queue without giving it a slot', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ limit: 1, windowMs: 1000, queueLimit: 10, clock });
    await instant(limiter);
    const controller = new AbortController();
    const aborted = instant(limiter, controller.signal);
    const next = instant(limiter);
    controller.abort(new Error('user cancelled'));
    await expect(aborted).rejects.toThrow('user cancelled');
    expect(limiter.queued).toBe(1);
    await clock.advance(1000);
    await expect(next).resolves.toBeUndefined();
  });

  it('holds everyone back while paused by a 429', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ limit: 100, windowMs: 1000, queueLimit: 10, clock });
    limiter.pauseUntil(clock.now() + 5000);
    let granted = false;
    const waiting = instant(limiter).then(() => (granted = true));
    await clock.advance(4999);
    expect(granted).toBe(false);
    await clock.advance(1);
    await waiting;
    expect(granted).toBe(true);
  });

  it('is idle only when nothing waits, runs, still counts or is paused', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ limit: 2, windowMs: 1000, queueLimit: 10, clock });
    expect(limiter.idle).toBe(true);
    const release = await limiter.acquire();
    expect(limiter.idle).toBe(false);
    release();
    await clock.advance(999);
    expect(limiter.idle).toBe(false);
    await clock.advance(1);
    expect(limiter.idle).toBe(true);
    limiter.pauseUntil(clock.now() + 500);
    expect(limiter.idle).toBe(false);
    await clock.advance(500);
    expect(limiter.idle).toBe(true);
  });

  it('refuses queued and later callers once closed', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ limit: 1, windowMs: 1000, queueLimit: 10, clock });
    await instant(limiter);
    const queued = limiter.acquire();
    limiter.close(new Error('closed'));
    await expect(queued).rejects.toThrow('closed');
    await expect(limiter.acquire()).rejects.toThrow('closed');
  });
});

describe('rate limit through the client', () => {
  let harness: Harness;
  afterEach(() => harness.close());

  it('forgets idle keys, and a key whose API object was rebuilt still shares one limit with the old object', async () => {
    harness = await startHarness((_, response) => reply(response, 200, laravelPage([])), {
      rateLimit: { limit: 2, windowMs: 1000 },
    });
    const { clock, client, server } = harness;
    const arrivals: { key: string; at: number }[] = [];
    server.handle((request, response) => {
      arrivals.push({ key: request.headers.authorization ?? '', at: clock.now() });
      reply(response, 200, laravelPage([]));
    });
    const held = client.forKey('key-held');
    await harness.run(Promise.all(Array.from({ length: 1500 }, (_, i) => client.forKey(`key-${String(i)}`).sounds.list())));
    expect(client.trackedKeys).toBe(1500);
    const rebuilt = client.forKey('key-held');
    expect(rebuilt).not.toBe(held);

    const startedAt = clock.now();
    await harness.run(Promise.all([held.sounds.list(), rebuilt.sounds.list(), held.sounds.list(), rebuilt.sounds.list()]));
    const heldArrivals = arrivals.filter((a) => a.key === 'Bearer key-held').map((a) => a.at);
    expect(heldArrivals).toEqual([startedAt, startedAt, startedAt + 1000, startedAt + 1000]);

    // A window later nothing of the 1,500 keys still counts: only the one used since is remembered.
    await clock.advance(2000);
    await harness.run(client.forKey('key-held').sounds.list());
    expect(client.trackedKeys).toBe(1);
  });

  it('keeps each API key under its own limit; requests beyond it wait instead of failing', async () => {
    harness = await startHarness((_, response) => reply(response, 200, laravelPage([])), {
      rateLimit: { limit: 5, windowMs: 1000 },
    });
    const { clock, client, server } = harness;
    const arrivals: { key: string; at: number }[] = [];
    server.handle((request, response) => {
      arrivals.push({ key: request.headers.authorization ?? '', at: clock.now() });
      reply(response, 200, laravelPage([]));
    });
    const first = client.forKey('key-one');
    const second = client.forKey('key-two');
    expect(client.forKey('key-one')).toBe(first);

    const startedAt = clock.now();
    await harness.run(
      Promise.all([
        ...Array.from({ length: 12 }, () => first.sounds.list()),
        ...Array.from({ length: 3 }, () => second.sounds.list()),
      ]),
    );

    const perKey = (key: string) => arrivals.filter((a) => a.key === `Bearer ${key}`).map((a) => a.at);
    expect(perKey('key-one')).toHaveLength(12);
    expect(busiestWindow(perKey('key-one'), 1000)).toBe(5);
    // The second key was not slowed down by the first one's queue.
    expect(perKey('key-two')).toEqual([startedAt, startedAt, startedAt]);
  });

  it('fails with queue_full, without sending, when too many calls are already waiting', async () => {
    harness = await startHarness((_, response) => reply(response, 200, laravelPage([])), {
      rateLimit: { limit: 1, windowMs: 60_000 },
      queueLimit: 2,
    });
    const { api, server } = harness;
    const accepted = [api.sounds.list(), api.sounds.list(), api.sounds.list()];
    const error = await rejectionOf(api.sounds.list());
    expect(isAutocallError(error) && error.kind === 'queue_full' && error.queueLimit).toBe(2);
    await harness.run(Promise.all(accepted));
    expect(server.received).toHaveLength(3);
    expect(TEST_TIMEOUT_MS).toBeGreaterThan(60_000);
  });
});
