import { Bot, type Api } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram, type FakeUser } from '../support/telegram/index.js';

describe('commands, chat actions, reactions, copies', () => {
  let tg: FakeTelegram;
  let api: Api;
  let alice: FakeUser;
  beforeEach(async () => {
    tg = await startFakeTelegram();
    api = new Bot(tg.token, { client: { apiRoot: tg.apiRoot }, botInfo: tg.botInfo }).api;
    alice = tg.user({ first_name: 'Алия', username: 'aliya_kz' });
    await alice.send('/start');
  });
  afterEach(() => tg.close());

  it('keeps command lists per scope and language', async () => {
    await api.setMyCommands([{ command: 'start', description: 'Начать' }], { language_code: 'ru' });
    await api.setMyCommands([{ command: 'flash', description: 'Flash-call' }], { scope: { type: 'all_group_chats' } });
    expect(await api.getMyCommands({ language_code: 'ru' })).toEqual([{ command: 'start', description: 'Начать' }]);
    expect(await api.getMyCommands()).toEqual([]);
    expect(tg.commands({ type: 'all_group_chats' })).toEqual([{ command: 'flash', description: 'Flash-call' }]);
    await expect(api.setMyCommands([{ command: 'Start-Now', description: 'x' }])).rejects.toMatchObject({
      description: 'Bad Request: BOT_COMMAND_INVALID',
    });
  });

  it('records chat actions and refuses unknown ones', async () => {
    await api.sendChatAction(alice.id, 'upload_document');
    expect(tg.chatActions).toEqual([{ chat_id: alice.id, action: 'upload_document' }]);
    await expect(api.sendChatAction(alice.id, 'dancing' as never)).rejects.toMatchObject({
      description: 'Bad Request: wrong parameter action in request',
    });
  });

  it('stores reactions on a message and refuses emoji Telegram does not allow', async () => {
    const mine = alice.messages()[0]!;
    await api.setMessageReaction(alice.id, mine.message_id, [{ type: 'emoji', emoji: '👍' }]);
    expect(alice.messages()[0]?.reactions).toEqual([{ type: 'emoji', emoji: '👍' }]);
    await expect(api.setMessageReaction(alice.id, mine.message_id, [{ type: 'emoji', emoji: '🍕' as never }])).rejects.toMatchObject({
      description: 'Bad Request: REACTION_INVALID',
    });
  });

  it('copies and forwards messages, resolving @username chat ids', async () => {
    const original = await api.sendMessage('@aliya_kz', 'Оригинал');
    const copy = await api.copyMessage(alice.id, alice.id, original.message_id);
    const forwarded = await api.forwardMessage(alice.id, alice.id, original.message_id);
    expect(copy.message_id).toBeGreaterThan(original.message_id);
    expect(forwarded.forward_origin).toMatchObject({ type: 'user' });
    expect(alice.messages().filter((m) => m.from_bot).map((m) => m.text)).toEqual(['Оригинал', 'Оригинал', 'Оригинал']);
    tg.expectNoViolations();
  });

  it('records and answers 404 for a method the fake server does not have', async () => {
    await expect(api.raw.sendPoll({ chat_id: alice.id, question: '?', options: [{ text: 'a' }, { text: 'b' }] })).rejects.toMatchObject({
      error_code: 404,
      description: 'Not Found',
    });
    expect(tg.violations).toEqual([expect.objectContaining({ method: 'sendPoll', error: 'Not Found' })]);
  });
});
