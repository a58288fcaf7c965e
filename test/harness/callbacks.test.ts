import { InlineKeyboard } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { startPollingBot, type PollingBot } from './bot-fixture.js';

const menu = new InlineKeyboard().text('Link my key', 'link').text('Молчун', 'silent').row().text('Медленно', 'slow').url('Сайт', 'https://autocall.kz');

describe('tapping inline buttons', () => {
  let running: PollingBot | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  const start = async (lateAfterMs: number, answerTimeoutMs: number): Promise<PollingBot> =>
    startPollingBot(
      (bot) => {
        bot.command('start', (ctx) => ctx.reply('Меню', { reply_markup: menu }));
        bot.callbackQuery('link', async (ctx) => {
          await ctx.answerCallbackQuery({ text: 'Отправьте ключ' });
          await ctx.editMessageText('Ожидаю ключ');
        });
        bot.callbackQuery('slow', async (ctx) => {
          await new Promise((resolve) => setTimeout(resolve, lateAfterMs + 100));
          await ctx.answerCallbackQuery();
        });
        bot.callbackQuery('silent', () => undefined);
      },
      { callbackLateAfterMs: lateAfterMs, callbackAnswerTimeoutMs: answerTimeoutMs },
    );

  it('returns the answer of an answered tap and sees the edit that followed', async () => {
    running = await start(500, 2_000);
    const alice = running.tg.user({ first_name: 'Алия' });
    await alice.send('/start');
    await alice.waitFor('Меню');
    const answer = await alice.tap('Link my key');
    expect(answer.text).toBe('Отправьте ключ');
    const edited = await alice.waitFor(/Ожидаю ключ/);
    expect(edited.reply_markup).toBeUndefined();
    running.tg.expectNoViolations();
  });

  it('fails an unanswered tap and records the late answer as a violation', async () => {
    running = await start(100, 300);
    const alice = running.tg.user({ first_name: 'Алия' });
    await alice.send('/start');
    await alice.waitFor('Меню');
    await expect(alice.tap(/Молчун/)).rejects.toThrow('the bot did not answer the callback query within 300 ms');
    expect(running.tg.violations.map((v) => v.error)).toEqual(['callback query answered late: not answered within 100 ms']);
  });

  it('records a slow answer as late even though it succeeds', async () => {
    running = await start(50, 5_000);
    const alice = running.tg.user({ first_name: 'Алия' });
    await alice.send('/start');
    await alice.waitFor('Меню');
    const answer = await alice.tap('Медленно');
    expect(answer.afterMs).toBeGreaterThan(50);
    expect(running.tg.violations.map((v) => v.error)).toEqual(['callback query answered late: not answered within 50 ms']);
  });

  it('refuses an answer past the answer timeout with the real error', async () => {
    running = await start(50, 100);
    const alice = running.tg.user({ first_name: 'Алия' });
    await alice.send('/start');
    await alice.waitFor('Меню');
    await expect(alice.tap('Медленно')).rejects.toThrow('within 100 ms');
    await expect.poll(() => running?.tg.violations.map((v) => v.error)).toEqual([
      'callback query answered late: not answered within 50 ms',
      'Bad Request: query is too old and response timeout expired or query ID is invalid',
    ]);
  });

  it('refuses a second answer to the same query', async () => {
    running = await startPollingBot((bot) => {
      bot.command('start', (ctx) => ctx.reply('Меню', { reply_markup: menu }));
      bot.callbackQuery('link', async (ctx) => {
        await ctx.answerCallbackQuery();
        await ctx.answerCallbackQuery().catch((e: unknown) => e);
      });
    });
    const alice = running.tg.user({ first_name: 'Алия' });
    await alice.send('/start');
    await alice.waitFor('Меню');
    await alice.tap('Link my key');
    await expect.poll(() => running?.tg.violations.map((v) => v.error)).toEqual([
      'Bad Request: query is too old and response timeout expired or query ID is invalid',
    ]);
  });

  it('fails a tap on a label no message has, and on a URL button, naming what is there', async () => {
    running = await start(500, 2_000);
    const alice = running.tg.user({ first_name: 'Алия' });
    await alice.send('/start');
    await alice.waitFor('Меню');
    await expect(alice.tap('Оплатить')).rejects.toThrow(/no bot message here has such a button.*\n[\s\S]*buttons: \[Link my key\] \[Молчун\] \/ \[Медленно\] \[Сайт\]/);
    await expect(alice.tap('Сайт')).rejects.toThrow('has no callback_data');
  });
});
