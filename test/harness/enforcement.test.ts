import { Bot, GrammyError, type Api } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram, type FakeUser } from '../support/telegram/index.js';

interface Scene {
  readonly api: Api;
  readonly alice: FakeUser;
  /** A message the bot sent to Alice: "Здравствуйте" with one callback button. */
  readonly botMessageId: number;
  /** A message Alice sent to the bot. */
  readonly userMessageId: number;
}

interface Refusal {
  readonly name: string;
  readonly call: (scene: Scene) => Promise<unknown>;
  readonly description: string;
  readonly status?: number;
}

const TOO_LONG = 'я'.repeat(4097);
const NOT_MODIFIED =
  'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';
const keyboard = { inline_keyboard: [[{ text: 'Да', callback_data: 'yes' }]] };

const refusals: readonly Refusal[] = [
  { name: 'text over 4096 characters', call: ({ api, alice }) => api.sendMessage(alice.id, TOO_LONG), description: 'Bad Request: message is too long' },
  {
    name: 'text over 4096 characters after HTML parsing',
    call: ({ api, alice }) => api.sendMessage(alice.id, `<b>${'a'.repeat(4097)}</b>`, { parse_mode: 'HTML' }),
    description: 'Bad Request: message is too long',
  },
  { name: 'empty text', call: ({ api, alice }) => api.sendMessage(alice.id, ''), description: 'Bad Request: message text is empty' },
  { name: 'whitespace-only text', call: ({ api, alice }) => api.sendMessage(alice.id, ' \n '), description: 'Bad Request: message text is empty' },
  {
    name: 'text empty after HTML parsing',
    call: ({ api, alice }) => api.sendMessage(alice.id, '<b></b>', { parse_mode: 'HTML' }),
    description: 'Bad Request: message text is empty',
  },
  {
    name: 'callback_data over 64 bytes',
    call: ({ api, alice }) => api.sendMessage(alice.id, 'Выберите', { reply_markup: { inline_keyboard: [[{ text: 'Ключ', callback_data: 'ключ'.repeat(9) }]] } }),
    description: 'Bad Request: BUTTON_DATA_INVALID',
  },
  {
    name: 'empty callback_data',
    call: ({ api, alice }) => api.sendMessage(alice.id, 'Выберите', { reply_markup: { inline_keyboard: [[{ text: 'Ключ', callback_data: '' }]] } }),
    description: 'Bad Request: BUTTON_DATA_INVALID',
  },
  {
    name: 'url button with an invalid URL',
    call: ({ api, alice }) => api.sendMessage(alice.id, 'Сайт', { reply_markup: { inline_keyboard: [[{ text: 'Открыть', url: 'autocall' }]] } }),
    description: 'Bad Request: BUTTON_URL_INVALID',
  },
  {
    name: 'inline keyboard that is not an array of arrays',
    call: ({ api, alice }) => api.raw.sendMessage({ chat_id: alice.id, text: 'x', reply_markup: { inline_keyboard: [{ text: 'a', callback_data: 'b' }] } as never }),
    description: 'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays',
  },
  {
    name: 'inline button without an action',
    call: ({ api, alice }) => api.raw.sendMessage({ chat_id: alice.id, text: 'x', reply_markup: { inline_keyboard: [[{ text: 'a' }]] } as never }),
    description: "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
  },
  {
    name: 'HTML tag Telegram does not support',
    call: ({ api, alice }) => api.sendMessage(alice.id, 'Строка<br>строка', { parse_mode: 'HTML' }),
    description: `Bad Request: can't parse entities: Unsupported start tag "br" at byte offset 12`,
  },
  {
    name: 'unclosed HTML tag',
    call: ({ api, alice }) => api.sendMessage(alice.id, '<b>Итого: 5', { parse_mode: 'HTML' }),
    description: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"`,
  },
  {
    name: 'badly nested HTML tags',
    call: ({ api, alice }) => api.sendMessage(alice.id, '<b><i>x</b></i>', { parse_mode: 'HTML' }),
    description: `Bad Request: can't parse entities: Unmatched end tag at byte offset 7, expected "</i>", found "</b>"`,
  },
  {
    name: 'unescaped < from user data',
    call: ({ api, alice }) => api.sendMessage(alice.id, 'Имя: <Алия>', { parse_mode: 'HTML' }),
    description: `Bad Request: can't parse entities: Unsupported start tag "Алия" at byte offset 8`,
  },
  {
    name: 'HTML entity Telegram does not know',
    call: ({ api, alice }) => api.sendMessage(alice.id, 'a&nbsp;b', { parse_mode: 'HTML' }),
    description: `Bad Request: can't parse entities: Unsupported HTML entity or unescaped "&" at byte offset 1`,
  },
  {
    name: 'MarkdownV2 reserved character unescaped',
    call: ({ api, alice }) => api.sendMessage(alice.id, 'Баланс: 5.00 ₸', { parse_mode: 'MarkdownV2' }),
    description: `Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'`,
  },
  {
    name: 'unknown parse_mode',
    call: ({ api, alice }) => api.sendMessage(alice.id, 'x', { parse_mode: 'markdown3' as never }),
    description: 'Bad Request: unsupported parse_mode',
  },
  {
    name: 'edit that changes nothing',
    call: ({ api, alice, botMessageId }) => api.editMessageText(alice.id, botMessageId, 'Здравствуйте', { reply_markup: keyboard }),
    description: NOT_MODIFIED,
  },
  {
    name: 'edit of a missing message',
    call: ({ api, alice }) => api.editMessageText(alice.id, 999, 'x'),
    description: 'Bad Request: message to edit not found',
  },
  {
    name: "edit of the user's message",
    call: ({ api, alice, userMessageId }) => api.editMessageText(alice.id, userMessageId, 'x'),
    description: "Bad Request: message can't be edited",
  },
  {
    name: 'delete of a missing message',
    call: ({ api, alice }) => api.deleteMessage(alice.id, 999),
    description: 'Bad Request: message to delete not found',
  },
  {
    name: 'message to a chat that does not exist',
    call: ({ api }) => api.sendMessage(555, 'x'),
    description: 'Bad Request: chat not found',
  },
  {
    name: 'answer to an unknown callback query',
    call: ({ api }) => api.answerCallbackQuery('42'),
    description: 'Bad Request: query is too old and response timeout expired or query ID is invalid',
  },
  {
    name: 'unknown method',
    call: ({ api }) => api.raw.sendDice({ chat_id: 1 }),
    description: 'Not Found',
    status: 404,
  },
];

describe('what the fake server refuses, as the real one does', () => {
  let tg: FakeTelegram;
  let scene: Scene;

  beforeEach(async () => {
    tg = await startFakeTelegram();
    const api = new Bot(tg.token, { client: { apiRoot: tg.apiRoot }, botInfo: tg.botInfo }).api;
    const alice = tg.user({ first_name: 'Алия' });
    const userMessage = await alice.send('/start');
    const botMessage = await api.sendMessage(alice.id, 'Здравствуйте', { reply_markup: keyboard });
    scene = { api, alice, botMessageId: botMessage.message_id, userMessageId: userMessage.message_id };
  });
  afterEach(() => tg.close());

  it.each(refusals)('$name', async ({ call, description, status }) => {
    const error = await call(scene).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect(error).toMatchObject({ description, error_code: status ?? 400 });
    expect(tg.violations.map((v) => v.error)).toEqual([description]);
    expect(() => tg.expectNoViolations()).toThrow(description);
  });

  it('refuses a caption over 1024 characters on a document', async () => {
    const { InputFile } = await import('grammy');
    const error = await scene.api
      .sendDocument(scene.alice.id, new InputFile(new Uint8Array([1]), 'a.csv'), { caption: 'x'.repeat(1025) })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ description: 'Bad Request: message caption is too long' });
  });

  it('accepts what Telegram accepts: 4096 characters, nested HTML, escaped MarkdownV2', async () => {
    const { api, alice } = scene;
    await api.sendMessage(alice.id, 'я'.repeat(4096));
    const html = await api.sendMessage(alice.id, '<b>Итого <i>5 &lt; 6</i></b> <a href="https://autocall.kz">сайт</a>', { parse_mode: 'HTML' });
    expect(html.text).toBe('Итого 5 < 6 сайт');
    expect(html.entities).toEqual([
      { type: 'bold', offset: 0, length: 11 },
      { type: 'italic', offset: 6, length: 5 },
      { type: 'text_link', offset: 12, length: 4, url: 'https://autocall.kz' },
    ]);
    const md = await api.sendMessage(alice.id, '*Баланс:* 5\\.00 ₸', { parse_mode: 'MarkdownV2' });
    expect(md.text).toBe('Баланс: 5.00 ₸');
    expect(md.entities).toEqual([{ type: 'bold', offset: 0, length: 7 }]);
    tg.expectNoViolations();
  });

  it('answers 401 Unauthorized to a wrong token and records it', async () => {
    const stranger = new Bot('1:wrong-token', { client: { apiRoot: tg.apiRoot }, botInfo: tg.botInfo }).api;
    await expect(stranger.sendMessage(scene.alice.id, 'x')).rejects.toMatchObject({ error_code: 401, description: 'Unauthorized' });
    expect(tg.violations.map((v) => v.error)).toEqual(['Unauthorized']);
  });

  it('refuses to start a conversation the user never opened', async () => {
    const bob = tg.user({ first_name: 'Бекзат' });
    await expect(scene.api.sendMessage(bob.id, 'Привет')).rejects.toMatchObject({
      error_code: 403,
      description: "Forbidden: bot can't initiate conversation with a user",
    });
    expect(tg.violations).toHaveLength(1);
  });

  it('answers 403 for a user who blocked the bot, as a handled rejection rather than a violation', async () => {
    tg.block(scene.alice);
    await expect(scene.api.sendMessage(scene.alice.id, 'Кампания завершена')).rejects.toMatchObject({
      error_code: 403,
      description: 'Forbidden: bot was blocked by the user',
    });
    expect(tg.violations).toEqual([]);
    expect(tg.rejections.map((r) => r.error.description)).toEqual(['Forbidden: bot was blocked by the user']);
    expect(tg.pendingUpdates().at(-1)?.my_chat_member?.new_chat_member.status).toBe('kicked');
    await scene.alice.send('/start');
    await expect(scene.api.sendMessage(scene.alice.id, 'С возвращением')).resolves.toMatchObject({ text: 'С возвращением' });
  });

  it('removes the inline keyboard when an edit omits reply_markup, as Telegram does', async () => {
    const edited = await scene.api.editMessageText(scene.alice.id, scene.botMessageId, 'Готово');
    expect(edited).not.toHaveProperty('reply_markup');
    expect(scene.alice.lastMessage()?.reply_markup).toBeUndefined();
  });
});
