/**
 * The send schedule: a burst of `SEND_BURST` and then slots exactly `1 / rate` apart while there is a backlog, no
 * more than that burst saved up by a quiet spell, a 429 holding it; over Redis, one schedule for every process.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSendPacer, redisSendPacer, type SendPacer } from '../../src/notifier/engine/send-pacer.js';
import { type RedisServer, startRedisServer } from '../support/redis.js';

/** A pacer on a clock that only moves when told, recording how long each send waited (µs). */
function scripted(sendsPerSecond: number) {
  let now = 5_000_000;
  const waits: number[] = [];
  const pacer = localSendPacer(sendsPerSecond, {
    nowUs: () => now,
    sleepUs: (us) => {
      waits.push(us);
      return Promise.resolve();
    },
  });
  return {
    pacer,
    waits,
    elapse: (us: number) => {
      now += us;
    },
  };
}

type Step = { wait: number } | { elapse: number } | { hold: number };

describe('localSendPacer', () => {
  it.each<[string, number, Step[], number[]]>([
    ['a backlog at 30/s: five at once, then one slot every 33.3 ms', 30, [{ wait: 8 }], [0, 0, 0, 0, 0, 33_333, 66_666, 99_999]],
    ['at 29/s (the default)', 29, [{ wait: 7 }], [0, 0, 0, 0, 0, 34_483, 68_966]],
    ['sends that come slower than the rate wait for nothing', 30, [{ wait: 1 }, { elapse: 40_000 }, { wait: 1 }, { elapse: 40_000 }, { wait: 1 }], [0, 0, 0]],
    ['a quiet spell saves up no more than the burst', 30, [{ wait: 5 }, { elapse: 10_000_000 }, { wait: 6 }], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 33_333]],
    ['a 429 holds every send for retry_after, then the rate resumes', 30, [{ wait: 1 }, { hold: 3000 }, { wait: 2 }], [0, 3_000_000, 3_033_333]],
    ['a hold shorter than the backlog changes nothing', 30, [{ wait: 8 }, { hold: 10 }, { wait: 1 }], [0, 0, 0, 0, 0, 33_333, 66_666, 99_999, 133_332]],
  ])('%s', async (_, rate, steps, expected) => {
    const s = scripted(rate);
    for (const step of steps) {
      if ('wait' in step) for (let i = 0; i < step.wait; i++) await s.pacer.wait();
      else if ('elapse' in step) s.elapse(step.elapse);
      else await s.pacer.hold(step.hold);
    }
    expect(s.waits.map((us) => Math.max(0, us))).toEqual(expected);
  });
});

describe('redisSendPacer', () => {
  let server: RedisServer;
  let clients: Redis[];
  beforeAll(async () => {
    server = await startRedisServer();
    clients = [new Redis(server.url), new Redis(server.url)];
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.quit()));
    await server.stop();
  });

  async function timeOf(pacers: SendPacer[], perPacer: number): Promise<number> {
    const started = performance.now();
    await Promise.all(pacers.flatMap((pacer) => Array.from({ length: perPacer }, () => pacer.wait())));
    return performance.now() - started;
  }

  it('keeps one schedule for every process: two pacers share the rate', async () => {
    const pacers = clients.map((client) => redisSendPacer(client, 'shared-schedule', 1000));
    // 100 sends at 1 000/s: five at once, then 95 ms to the last slot, however they are split.
    const elapsed = await timeOf(pacers, 50);
    expect(elapsed).toBeGreaterThanOrEqual(94);
    expect(elapsed).toBeLessThan(400);
  });

  it('holds the schedule for every process on a 429', async () => {
    const [first, second] = clients.map((client) => redisSendPacer(client, 'held-schedule', 1000));
    if (!first || !second) throw new Error('two clients expected');
    await first.hold(150);
    expect(await timeOf([second], 1)).toBeGreaterThanOrEqual(148);
  });
});
