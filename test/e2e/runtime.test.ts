/** The process around the bot: restarts with Redis, webhook mode and its secret, health and metrics, access mode. */
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { openDemo } from '../support/journeys.js';

const KEY = 'ak_live_runtime_0123456789abc';

let harness: BotUnderTest | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

describe('runtime', () => {
  it('finishes linking after a restart of the bot process in the middle of the wizard (Redis)', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY] });
    const owner = harness.tg.user({ first_name: 'Asel', language_code: 'en' });
    await owner.send('/link');
    await owner.waitFor(/Send your API key/);
    await harness.restart();
    await owner.send(KEY);
    await owner.waitFor(/checked and stored encrypted/);
    await owner.waitFor(/Balance/);
    harness.tg.expectNoViolations();
  });

  it('in webhook mode takes updates with the right secret and refuses a wrong one', async () => {
    harness = await startBotUnderTest({
      env: { BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bot.example.kz/telegram/hook', WEBHOOK_SECRET: 'right_secret_1' },
    });
    const port = harness.app.port ?? 0;
    // The fake Telegram pushes to the URL the bot registered; tests reach the bot on loopback.
    harness.tg.redirectWebhook(`http://127.0.0.1:${port}/telegram/hook`);
    const user = harness.tg.user({ first_name: 'Nurlan', language_code: 'en' });
    await user.send('/start');
    await user.waitFor(/Hello, Nurlan/);

    const forged = await request(`http://127.0.0.1:${port}/telegram/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'wrong' },
      body: JSON.stringify({ update_id: 999_999, message: { message_id: 1, date: 0, chat: { id: user.id, type: 'private' }, from: { id: user.id, is_bot: false, first_name: 'X' }, text: '/start' } }),
    });
    await forged.body.dump();
    expect(forged.statusCode).toBe(401);
    harness.tg.expectNoViolations();
  });

  it('answers /healthz and /metrics', async () => {
    harness = await startBotUnderTest();
    const user = harness.tg.user({ first_name: 'Dias', language_code: 'en' });
    await user.send('/start');
    await user.waitFor(/Hello/);
    await openDemo(user);
    const base = `http://127.0.0.1:${harness.app.port ?? 0}`;
    const health = await request(`${base}/healthz`);
    expect(health.statusCode).toBe(200);
    expect(await health.body.json()).toEqual({ ok: true, checks: { store: true, telegram: true } });
    const metrics = await request(`${base}/metrics`);
    const text = await metrics.body.text();
    expect(text).toMatch(/bot_updates_total\{type="message"\} [1-9]/);
    expect(text).toContain('bot_handler_duration_seconds_bucket');
    expect(text).toMatch(/autocall_calls_total\{operation="get-settings",status="200"\} [1-9]/);
    expect(text).toMatch(/^autocall_tracked_keys \d+$/m);
  });

  it('in invite mode lets only admins link keys', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY], env: { ACCESS_MODE: 'invite', BOT_ADMINS: '100000001' } });
    const admin = harness.tg.user({ first_name: 'Admin', language_code: 'en' });
    const stranger = harness.tg.user({ first_name: 'Stranger', language_code: 'en' });
    expect(admin.id).toBe(100000001);
    await stranger.send('/start');
    await stranger.waitFor(/Access is by invitation/);
    await stranger.send('/link');
    await stranger.waitFor(/only administrators can link keys/);
    await admin.send('/link');
    await admin.waitFor(/Send your API key/);
    harness.tg.expectNoViolations();
  });

  it('tells a person who floods it to slow down, once, and drops the excess', async () => {
    harness = await startBotUnderTest({ env: { FLOOD_LIMIT: '3' } });
    const user = harness.tg.user({ first_name: 'Fast', language_code: 'en' });
    for (let i = 0; i < 7; i += 1) await user.send('/help');
    await user.waitFor(/Too fast/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const replies = user.messages().filter((message) => message.from_bot);
    expect(replies.filter((message) => /Too fast/.test(message.text ?? ''))).toHaveLength(1);
    expect(replies.filter((message) => /What I can do/.test(message.text ?? ''))).toHaveLength(3);
  });

  it('registers its commands per language and per scope', async () => {
    harness = await startBotUnderTest();
    const privateRu = harness.tg.commands({ type: 'all_private_chats' }, 'ru').map((c) => c.command);
    const groupKk = harness.tg.commands({ type: 'all_group_chats' }, 'kk').map((c) => c.command);
    expect(privateRu).toEqual(expect.arrayContaining(['start', 'menu', 'account', 'team', 'lang', 'help', 'cancel']));
    expect(groupKk).toContain('help');
    expect(groupKk).not.toContain('account');
    const english = harness.tg.commands({ type: 'all_private_chats' }, 'en').find((c) => c.command === 'help');
    expect(english?.description).toBe('what the bot can do');
  });
});
