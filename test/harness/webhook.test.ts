import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Bot, webhookCallback } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from '../support/telegram/index.js';

describe('webhook delivery', () => {
  let tg: FakeTelegram | undefined;
  let server: Server | undefined;
  afterEach(async () => {
    await tg?.close();
    await new Promise((resolve) => (server === undefined ? resolve(undefined) : server.close(resolve)));
    tg = undefined;
    server = undefined;
  });

  /** A grammY bot behind a webhook that checks the secret token `expected`. */
  async function webhookBot(expected: string): Promise<{ bot: Bot; url: string }> {
    const fake = tg!;
    const bot = new Bot(fake.token, { client: { apiRoot: fake.apiRoot }, botInfo: fake.botInfo });
    bot.on('message:text', (ctx) => ctx.reply(`Эхо: ${ctx.message.text}`));
    const handle = webhookCallback(bot, 'http', { secretToken: expected });
    server = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return { bot, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` };
  }

  it('pushes updates with the secret header and refuses getUpdates while the webhook is set', async () => {
    tg = await startFakeTelegram();
    const { bot, url } = await webhookBot('s3cret_token');
    await bot.api.setWebhook(url, { secret_token: 's3cret_token' });
    const alice = tg.user({ first_name: 'Алия' });
    await alice.send('привет');
    await alice.waitFor('Эхо: привет');
    await expect.poll(() => tg!.webhookDeliveries).toEqual([expect.objectContaining({ ok: true, status: 200, url })]);
    expect((await bot.api.getWebhookInfo()).url).toBe(url);
    await expect(bot.api.getUpdates()).rejects.toMatchObject({
      error_code: 409,
      description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    });
  });

  it('shows a wrong secret as failed deliveries, retried until the webhook answers 2xx', async () => {
    tg = await startFakeTelegram({ webhookRetryDelayMs: 20 });
    const { bot, url } = await webhookBot('expected_secret');
    await bot.api.setWebhook(url, { secret_token: 'other_secret' });
    const alice = tg.user({ first_name: 'Алия' });
    await alice.send('привет');
    await expect.poll(() => tg!.webhookDeliveries.length).toBeGreaterThanOrEqual(2);
    expect(tg.webhookDeliveries.every((d) => !d.ok && d.status === 401)).toBe(true);
    const info = await bot.api.getWebhookInfo();
    expect(info).toMatchObject({ pending_update_count: 1, last_error_message: 'Wrong response from the webhook: 401 Unauthorized' });
    await bot.api.setWebhook(url, { secret_token: 'expected_secret' });
    await alice.waitFor('Эхо: привет');
    await expect.poll(() => tg!.pendingUpdates()).toEqual([]);
  });

  it('refuses a webhook URL Telegram would not push to', async () => {
    tg = await startFakeTelegram();
    const bot = new Bot(tg.token, { client: { apiRoot: tg.apiRoot }, botInfo: tg.botInfo });
    await expect(bot.api.setWebhook('http://bot.autocall.kz/hook')).rejects.toMatchObject({
      description: 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook',
    });
    await expect(bot.api.setWebhook('http://127.0.0.1:1/hook', { secret_token: 'с пробелом' })).rejects.toMatchObject({
      description: 'Bad Request: secret token contains unallowed characters',
    });
  });
});
