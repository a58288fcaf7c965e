import { afterEach, describe, expect, it } from 'vitest';
import { startPollingBot, type PollingBot } from './bot-fixture.js';

describe('groups and forum topics', () => {
  let running: PollingBot | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  it('carries message_thread_id from a forum topic to the bot and back', async () => {
    const threads: (number | undefined)[] = [];
    running = await startPollingBot((bot) => {
      bot.command('flash', async (ctx) => {
        const thread = ctx.message?.message_thread_id;
        threads.push(thread);
        await ctx.api.sendMessage(ctx.chat.id, `Звонок на ${ctx.match}`, thread === undefined ? {} : { message_thread_id: thread });
      });
    });
    const { tg } = running;
    const alice = tg.user({ first_name: 'Алия' });
    const group = tg.group({ title: 'Колл-центр', forum: true });
    group.add(alice, 'administrator');
    const otp = group.createTopic('OTP');
    const sales = group.createTopic('Продажи');
    const sent = await alice.in(group, { topic: otp }).send(`/flash@${tg.botInfo.username} 87011234567`);
    expect(sent.entities).toEqual([{ type: 'bot_command', offset: 0, length: 7 + tg.botInfo.username.length }]);
    expect(sent.is_topic_message).toBe(true);
    const reply = await alice.in(group, { topic: otp }).waitFor('Звонок на 87011234567');
    expect(reply.message_thread_id).toBe(otp.message_thread_id);
    expect(threads).toEqual([otp.message_thread_id]);
    expect(alice.in(group, { topic: sales }).messages()).toEqual([]);
    expect(group.chat()).toMatchObject({ type: 'supergroup', title: 'Колл-центр', is_forum: true });
    tg.expectNoViolations();
  });

  it('refuses a topic that does not exist', async () => {
    running = await startPollingBot(() => undefined);
    const group = running.tg.group({ title: 'Форум', forum: true });
    await expect(running.bot.api.sendMessage(group.id, 'x', { message_thread_id: 9999 })).rejects.toMatchObject({
      description: 'Bad Request: message thread not found',
    });
  });

  it('reports member statuses through getChatMember', async () => {
    running = await startPollingBot(() => undefined);
    const { tg, bot } = running;
    const owner = tg.user({ first_name: 'Данияр' });
    const member = tg.user({ first_name: 'Алия' });
    const outsider = tg.user({ first_name: 'Бекзат' });
    const group = tg.group({ title: 'Отдел' }).add(owner, 'creator').add(member, 'member');
    expect((await bot.api.getChatMember(group.id, owner.id)).status).toBe('creator');
    expect((await bot.api.getChatMember(group.id, member.id)).status).toBe('member');
    expect((await bot.api.getChatMember(group.id, outsider.id)).status).toBe('left');
    expect((await bot.api.getChatMember(group.id, tg.botInfo.id)).status).toBe('administrator');
    expect(await bot.api.getChat(group.id)).toMatchObject({ id: group.id, type: 'supergroup', title: 'Отдел' });
    tg.expectNoViolations();
  });

  it('with privacy mode delivers commands and mentions but not plain chatter', async () => {
    const heard: string[] = [];
    running = await startPollingBot((bot) => bot.on('message:text', (ctx) => void heard.push(ctx.message.text)));
    const { tg } = running;
    const alice = tg.user({ first_name: 'Алия' });
    const group = tg.group({ title: 'Чат', basic: true }).setBotStatus('member').add(alice);
    expect(group.chat().type).toBe('group');
    await alice.in(group).send('всем привет');
    await alice.in(group).send('/help');
    await alice.in(group).send(`@${tg.botInfo.username} статус`);
    await expect.poll(() => heard).toEqual(['/help', `@${tg.botInfo.username} статус`]);
  });
});
