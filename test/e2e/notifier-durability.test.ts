/**
 * The notifier's guarantees under failure and scale: a notifier process killed with SIGKILL in the middle of a burst
 * of 500 notifications and a new one started — every notification reaches the chat (none lost), and only sends in
 * flight at the kill may arrive twice (the Bot API has no idempotency key, so a message Telegram took but whose
 * answer the killed process never read cannot be told from one never sent: at least once, the duplicate window as
 * small as it can be); two notifier instances on one Redis share the work and deliver each exactly once; a Redis
 * restart (append-only file) mid-burst loses and doubles nothing.
 */
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { SEND_CONCURRENCY } from '../../src/notifier/engine/queue-runner.js';
import { linkKey } from '../support/journeys.js';
import { alertsArrive, botMessagesMatching, type NotifierProcess, QUICK_NOTIFIER, startNotifierProcess } from '../support/notifier-steps.js';
import { startRedisServer, type RedisServer } from '../support/redis.js';
import type { ChatMessage, FakeUser } from '../support/telegram/index.js';

const KEYS = ['ak_live_durable_shop_0001', 'ak_live_durable_shop_0002', 'ak_live_durable_shop_0003'];
/** Sends as fast as the loopback allows: Telegram's limits are lifted on both sides, so a burst takes seconds. */
const UNLIMITED = {
  env: { ...QUICK_NOTIFIER, ROLE: 'bot', NOTIFIER_SENDS_PER_SECOND: '2000', NOTIFIER_CHAT_INTERVAL_MS: '0' },
  telegram: { rateLimits: { privateChatPerSecond: 10_000, privateChatBurst: 10_000, globalPerSecond: 10_000 } },
};
const LOW_BALANCE = /Low balance: ₸([\d,]+)/;

let harness: BotUnderTest | undefined;
const processes: NotifierProcess[] = [];
const apps: App[] = [];
let redis: RedisServer | undefined;
afterEach(async () => {
  await Promise.all(processes.splice(0).map((p) => p.kill()));
  await Promise.all(apps.splice(0).map((app) => app.stop()));
  await harness?.stop();
  harness = undefined;
  await redis?.stop();
  redis = undefined;
});

/** Emits `count` LowBalance notifications, each with its own balance (0, 1, 2…), so every alert can be told apart. */
function burst(h: BotUnderTest, key: string, count: number): void {
  for (let balance = 0; balance < count; balance++) h.autocall.emitNotification(key, 'LowBalance', { balance, threshold: 100_000 });
}

/** The balances of the LowBalance alerts in a chat, in arrival order (duplicates kept). */
function balancesIn(messages: readonly ChatMessage[]): number[] {
  return botMessagesMatching(messages, LOW_BALANCE).map((m) => Number(LOW_BALANCE.exec(m.text ?? '')?.[1]?.replace(/,/g, '')));
}

function expectEachOnce(user: FakeUser, count: number): void {
  const balances = balancesIn(user.messages());
  expect(balances).toHaveLength(count);
  expect(new Set(balances).size).toBe(count);
}

/** A notifier instance in this process, on the bot's store and Redis. */
async function notifierInstance(h: BotUnderTest): Promise<App> {
  const parsed = loadConfig({ ...h.env, ROLE: 'notifier', DEMO_ACCOUNT: 'off' });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  const app = await createApp({ config: parsed.config, logger: createLogger({ level: 'warn', destination: quiet }), redisPrefix: h.redisPrefix });
  apps.push(app);
  await app.start();
  return app;
}

async function metricTotal(app: App, name: string, labels: Record<string, string> = {}): Promise<number> {
  const metric = await app.deps.metrics.registry.getSingleMetric(name)?.get();
  return (metric?.values ?? [])
    .filter((value) => Object.entries(labels).every(([label, wanted]) => value.labels[label] === wanted))
    .reduce((sum, value) => sum + value.value, 0);
}

describe('notifier durability', () => {
  it('delivers every alert of a burst of 500 although its process is killed with SIGKILL midway, repeating at most the sends in flight', { timeout: 60_000 }, async () => {
    const h = (harness = await startBotUnderTest({ liveKeys: [KEYS[0] ?? ''], ...UNLIMITED }));
    const owner = h.tg.user({ first_name: 'Aigerim', language_code: 'en' });
    await linkKey(owner, KEYS[0] ?? '');
    const first = await startNotifierProcess(h);
    processes.push(first);

    burst(h, KEYS[0] ?? '', 500);
    await expect.poll(() => balancesIn(owner.messages()).length, { timeout: 20_000, interval: 5 }).toBeGreaterThanOrEqual(150);
    await first.kill();
    const beforeKill = balancesIn(owner.messages()).length;
    expect(beforeKill).toBeLessThan(500);

    processes.push(await startNotifierProcess(h));
    await expect.poll(() => new Set(balancesIn(owner.messages())).size, { timeout: 30_000, interval: 50 }).toBe(500);
    // Time for a straggler (a job taken over twice) to show up, if there were one.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const balances = balancesIn(owner.messages());
    expect(new Set(balances).size).toBe(500);
    expect(balances.length - 500).toBeLessThanOrEqual(SEND_CONCURRENCY);
    // A repeat is a send Telegram took from the killed process but whose answer it never recorded: one of its last.
    const firstSeen = new Map<number, number>();
    const repeated = new Set<number>();
    for (const [index, balance] of balances.entries()) {
      if (firstSeen.has(balance)) repeated.add(balance);
      else firstSeen.set(balance, index);
    }
    for (const balance of repeated) expect(firstSeen.get(balance)).toBeGreaterThanOrEqual(beforeKill - SEND_CONCURRENCY);
    h.tg.expectNoViolations();
  });

  it('shares the work between two instances on one Redis, each account polled once per interval, each alert sent once', { timeout: 60_000 }, async () => {
    const h = (harness = await startBotUnderTest({ liveKeys: KEYS, ...UNLIMITED }));
    const owners = KEYS.map((_, index) => h.tg.user({ first_name: `Owner ${String(index + 1)}`, language_code: 'en' }));
    for (const [index, owner] of owners.entries()) await linkKey(owner, KEYS[index] ?? '');
    const started = Date.now();
    const instances = [await notifierInstance(h), await notifierInstance(h)];

    for (const key of KEYS) burst(h, key, 100);
    for (const owner of owners) await alertsArrive(() => owner.messages(), LOW_BALANCE, 100, 30_000);
    for (const owner of owners) expectEachOnce(owner, 100);

    const delivered = () => Promise.all(instances.map((app) => metricTotal(app, 'notifier_notifications_delivered_total')));
    // A message can reach the chat a moment before its sender has counted it.
    await expect.poll(async () => (await delivered()).reduce((sum, count) => sum + count, 0)).toBe(300);
    expect((await delivered()).every((count) => count > 0)).toBe(true);
    const polls = await Promise.all(instances.map((app) => metricTotal(app, 'notifier_polls_total')));
    const rounds = Math.ceil((Date.now() - started) / Number(QUICK_NOTIFIER.NOTIFIER_INTERVAL_MS)) + 1;
    expect((polls[0] ?? 0) + (polls[1] ?? 0)).toBeLessThanOrEqual(rounds * KEYS.length);
    h.tg.expectNoViolations();
  });

  it('loses and doubles nothing when Redis restarts (append-only file) in the middle of a burst', { timeout: 60_000 }, async () => {
    redis = await startRedisServer({ aof: true });
    const h = (harness = await startBotUnderTest({ liveKeys: [KEYS[0] ?? ''], env: { ...UNLIMITED.env, ROLE: 'all', REDIS_URL: redis.url }, telegram: UNLIMITED.telegram }));
    const owner = h.tg.user({ first_name: 'Aigerim', language_code: 'en' });
    await linkKey(owner, KEYS[0] ?? '');

    burst(h, KEYS[0] ?? '', 300);
    await expect.poll(() => balancesIn(owner.messages()).length, { timeout: 20_000, interval: 5 }).toBeGreaterThanOrEqual(60);
    await redis.restart();
    await alertsArrive(() => owner.messages(), LOW_BALANCE, 300, 40_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expectEachOnce(owner, 300);
  });
});
