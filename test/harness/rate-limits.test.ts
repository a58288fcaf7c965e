import { autoRetry } from '@grammyjs/auto-retry';
import { Bot } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeTelegram, type Clock, type FakeTelegram } from '../support/telegram/index.js';

/** A clock the test moves by hand, so flood windows pass without sleeping. */
const manualClock = (): Clock & { advance(ms: number): void } => {
  let now = 1_750_000_000_000;
  return { now: () => now, advance: (ms) => (now += ms) };
};

describe('flood control', () => {
  let tg: FakeTelegram | undefined;
  afterEach(async () => {
    await tg?.close();
    tg = undefined;
  });

  it('allows a short burst into a private chat, then answers 429 with retry_after until the window passes', async () => {
    const clock = manualClock();
    tg = await startFakeTelegram({ clock, rateLimits: { privateChatBurst: 3 } });
    const api = new Bot(tg.token, { client: { apiRoot: tg.apiRoot }, botInfo: tg.botInfo }).api;
    const alice = tg.user({ first_name: 'Алия' });
    await alice.send('/start');
    for (let i = 0; i < 3; i++) await api.sendMessage(alice.id, `#${i}`);
    await expect(api.sendMessage(alice.id, 'лишнее')).rejects.toMatchObject({
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });
    clock.advance(1_000);
    await expect(api.sendMessage(alice.id, 'после паузы')).resolves.toMatchObject({ text: 'после паузы' });
    expect(tg.violations).toEqual([]);
    expect(tg.rejections.map((r) => r.error.description)).toEqual(['Too Many Requests: retry after 1']);
  });

  it('limits a group to 20 messages a minute and all chats to 30 a second', async () => {
    const clock = manualClock();
    tg = await startFakeTelegram({ clock });
    const api = new Bot(tg.token, { client: { apiRoot: tg.apiRoot }, botInfo: tg.botInfo }).api;
    const group = tg.group({ title: 'Отдел' });
    for (let i = 0; i < 20; i++) await api.sendMessage(group.id, `#${i}`);
    await expect(api.sendMessage(group.id, '21')).rejects.toMatchObject({ error_code: 429, parameters: { retry_after: 3 } });
    const users = Array.from({ length: 12 }, (_, i) => tg!.user({ first_name: `User ${i}` }));
    for (const user of users) await user.send('/start');
    let refusedAt: number | undefined;
    for (let i = 0; i < 12 && refusedAt === undefined; i++) {
      const sent = await api.sendMessage(users[i]!.id, 'рассылка').then(() => true, () => false);
      if (!sent) refusedAt = i;
    }
    expect(refusedAt).toBe(10);
  });

  it('forces 429 for the next calls, and @grammyjs/auto-retry honours retry_after', async () => {
    tg = await startFakeTelegram();
    const bot = new Bot(tg.token, { client: { apiRoot: tg.apiRoot }, botInfo: tg.botInfo });
    bot.api.config.use(autoRetry({ maxRetryAttempts: 3 }));
    const alice = tg.user({ first_name: 'Алия' });
    await alice.send('/start');
    tg.forceRateLimit(1, 1);
    const started = Date.now();
    await expect(bot.api.sendMessage(alice.id, 'Кампания запущена')).resolves.toMatchObject({ text: 'Кампания запущена' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(tg.calls.filter((c) => c.method === 'sendMessage').map((c) => c.ok)).toEqual([false, true]);
    expect(tg.rejections).toHaveLength(1);
    tg.expectNoViolations();
  });
});
