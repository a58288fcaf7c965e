import { Bot } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from '../support/telegram/index.js';
import { startPollingBot, type PollingBot } from './bot-fixture.js';

describe('long polling', () => {
  let running: PollingBot | undefined;
  let tg: FakeTelegram | undefined;
  afterEach(async () => {
    await running?.stop();
    await tg?.close();
    running = undefined;
    tg = undefined;
  });

  it('delivers every update exactly once, in order, to a polling grammY bot', async () => {
    const seen: number[] = [];
    const texts: string[] = [];
    running = await startPollingBot((bot) => {
      bot.on('message:text', (ctx) => {
        seen.push(ctx.update.update_id);
        texts.push(ctx.message.text);
      });
    });
    const users = [running.tg.user({ first_name: 'Алия' }), running.tg.user({ first_name: 'Бекзат' })];
    const sent: string[] = [];
    for (let i = 0; i < 40; i++) {
      const text = `message ${i}`;
      sent.push(text);
      await users[i % 2]!.send(text);
    }
    await expect.poll(() => texts.length).toBe(40);
    expect(texts).toEqual(sent);
    expect(new Set(seen).size).toBe(40);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    running.tg.expectNoViolations();
  });

  it('keeps updates until a later offset confirms them, and honours a negative offset', async () => {
    tg = await startFakeTelegram();
    const api = new Bot(tg.token, { client: { apiRoot: tg.apiRoot }, botInfo: tg.botInfo }).api;
    const alice = tg.user({ first_name: 'Алия' });
    await alice.send('one');
    await alice.send('two');
    await alice.send('three');
    const first = await api.getUpdates();
    expect(first.map((u) => u.message?.text)).toEqual(['one', 'two', 'three']);
    const again = await api.getUpdates({ offset: first[0]!.update_id });
    expect(again).toHaveLength(3);
    const afterFirst = await api.getUpdates({ offset: first[0]!.update_id + 1 });
    expect(afterFirst.map((u) => u.message?.text)).toEqual(['two', 'three']);
    const lastOne = await api.getUpdates({ offset: -1 });
    expect(lastOne.map((u) => u.message?.text)).toEqual(['three']);
    expect(await api.getUpdates({ offset: lastOne[0]!.update_id + 1 })).toEqual([]);
    expect((await api.getUpdates({ limit: 1 })).length).toBe(0);
    tg.expectNoViolations();
  });

  it('answers a pending long poll as soon as an update arrives', async () => {
    tg = await startFakeTelegram();
    const api = new Bot(tg.token, { client: { apiRoot: tg.apiRoot }, botInfo: tg.botInfo }).api;
    const alice = tg.user({ first_name: 'Алия' });
    const started = Date.now();
    const poll = api.getUpdates({ timeout: 20 });
    setTimeout(() => void alice.send('hello'), 50);
    const updates = await poll;
    expect(updates.map((u) => u.message?.text)).toEqual(['hello']);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('filters by allowed_updates and remembers the choice for later calls', async () => {
    tg = await startFakeTelegram();
    const api = new Bot(tg.token, { client: { apiRoot: tg.apiRoot }, botInfo: tg.botInfo }).api;
    const alice = tg.user({ first_name: 'Алия' });
    expect(await api.getUpdates({ allowed_updates: ['callback_query'] })).toEqual([]);
    await alice.send('ignored');
    expect(await api.getUpdates()).toEqual([]);
    expect((await api.getWebhookInfo()).allowed_updates).toEqual(['callback_query']);
  });

  it('ends an older getUpdates with 409 Conflict when a second one starts', async () => {
    tg = await startFakeTelegram();
    const api = new Bot(tg.token, { client: { apiRoot: tg.apiRoot }, botInfo: tg.botInfo }).api;
    const older = api.getUpdates({ timeout: 20 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const newer = api.getUpdates({ timeout: 0 });
    await expect(older).rejects.toMatchObject({
      error_code: 409,
      description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
    });
    await expect(newer).resolves.toEqual([]);
    expect(tg.violations.map((v) => v.error)).toEqual([
      'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
    ]);
  });

  it('replies to a command and lets the test await the reply and its edit in place', async () => {
    running = await startPollingBot((bot) => {
      bot.command('start', async (ctx) => {
        const sent = await ctx.reply('Загрузка…');
        await ctx.api.editMessageText(ctx.chat.id, sent.message_id, `Привет, ${ctx.from?.first_name ?? ''}!`);
      });
    });
    const alice = running.tg.user({ first_name: 'Алия', language_code: 'ru' });
    const command = await alice.send('/start');
    expect(command.entities).toEqual([{ type: 'bot_command', offset: 0, length: 6 }]);
    const first = await alice.waitFor(/Загрузка/);
    const edited = await alice.waitFor(/Привет, Алия!/);
    expect(edited.message_id).toBe(first.message_id);
    expect(edited.edits.map((e) => e.text)).toEqual(['Загрузка…']);
    expect(alice.lastMessage()?.text).toBe('Привет, Алия!');
    expect(alice.messages().map((m) => m.text)).toEqual(['/start', 'Привет, Алия!']);
    running.tg.expectNoViolations();
  });

  it('fails waitFor with a readable dump of the chat', async () => {
    running = await startPollingBot((bot) => {
      bot.on('message', (ctx) => ctx.reply('Не понял', { reply_markup: { inline_keyboard: [[{ text: 'Помощь', callback_data: 'help' }]] } }));
    });
    const alice = running.tg.user({ first_name: 'Алия' });
    await alice.send('что-то');
    await expect(alice.waitFor(/Привет/, { timeoutMs: 200 })).rejects.toThrow(
      /timed out after 200 ms in private chat "Алия".*\n.*Алия: "что-то"\n.*bot: "Не понял"\n\s+buttons: \[Помощь\]/,
    );
  });
});
