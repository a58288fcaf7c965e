import { afterEach, describe, expect, it } from 'vitest';
import { isCallbackAnswered, trackCallbackAnswers } from '../../src/bot/middleware/callback-answers.js';
import { type PollingBot, startPollingBot } from '../harness/bot-fixture.js';

let running: PollingBot | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

describe('trackCallbackAnswers', () => {
  it('knows whether a tap was answered, so a second answer is never sent', async () => {
    const seen: boolean[] = [];
    running = await startPollingBot((bot) => {
      bot.use(trackCallbackAnswers);
      bot.command('start', (ctx) => ctx.reply('pick', { reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'a' }, { text: 'B', callback_data: 'b' }]] } }));
      bot.callbackQuery('a', async (ctx) => {
        seen.push(isCallbackAnswered(ctx));
        await ctx.answerCallbackQuery({ text: 'first' });
        seen.push(isCallbackAnswered(ctx));
        if (!isCallbackAnswered(ctx)) await ctx.answerCallbackQuery();
      });
      bot.callbackQuery('b', async (ctx) => {
        seen.push(isCallbackAnswered(ctx));
        if (!isCallbackAnswered(ctx)) await ctx.answerCallbackQuery({ text: 'late' });
      });
    });
    const user = running.tg.user({ first_name: 'T' });
    await user.send('/start');
    await user.waitFor('pick');
    expect((await user.tap('A')).text).toBe('first');
    expect((await user.tap('B')).text).toBe('late');
    expect(seen).toEqual([false, true, false]);
    running.tg.expectNoViolations();
  });
});
