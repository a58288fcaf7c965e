import type { MessageEntity } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { parseMarkdownV2 } from '../support/telegram/formatting/markdown-v2.js';

const accepted: readonly { md: string; text: string; entities: MessageEntity[] }[] = [
  { md: '*Баланс:* 5\\.00 ₸', text: 'Баланс: 5.00 ₸', entities: [{ type: 'bold', offset: 0, length: 7 }] },
  { md: '_курсив_ __подчёркнуто__ ~зачёркнуто~ ||спойлер||', text: 'курсив подчёркнуто зачёркнуто спойлер', entities: [
    { type: 'italic', offset: 0, length: 6 }, { type: 'underline', offset: 7, length: 11 },
    { type: 'strikethrough', offset: 19, length: 10 }, { type: 'spoiler', offset: 30, length: 7 },
  ] },
  { md: '[кабинет](https://autocall.kz/a\\)b)', text: 'кабинет', entities: [{ type: 'text_link', offset: 0, length: 7, url: 'https://autocall.kz/a)b' }] },
  { md: '`+7 (701) 123-45-67`', text: '+7 (701) 123-45-67', entities: [{ type: 'code', offset: 0, length: 18 }] },
  { md: '```ts\nconst a = 1;\n```', text: 'const a = 1;\n', entities: [{ type: 'pre', offset: 0, length: 13, language: 'ts' }] },
  { md: '>цитата\n>вторая строка', text: 'цитата\nвторая строка', entities: [{ type: 'blockquote', offset: 0, length: 20 }] },
  { md: '*жирный _и курсив_*', text: 'жирный и курсив', entities: [{ type: 'bold', offset: 0, length: 15 }, { type: 'italic', offset: 7, length: 8 }] },
  { md: '📞 *звонок*', text: '📞 звонок', entities: [{ type: 'bold', offset: 3, length: 6 }] },
];

const refused: readonly { md: string; error: string }[] = [
  { md: 'Итого: 5.00', error: "Character '.' is reserved and must be escaped with the preceding '\\'" },
  { md: '+7 701 123 45 67', error: "Character '+' is reserved and must be escaped with the preceding '\\'" },
  { md: 'кампания #12', error: "Character '#' is reserved and must be escaped with the preceding '\\'" },
  { md: 'Привет!', error: "Character '!' is reserved and must be escaped with the preceding '\\'" },
  { md: 'a - b', error: "Character '-' is reserved and must be escaped with the preceding '\\'" },
  { md: '*жирный', error: "Can't find end of Bold entity at byte offset 0" },
  { md: 'a _курсив', error: "Can't find end of Italic entity at byte offset 2" },
  { md: '>цитата *жирный\nдальше', error: "Can't find end of Bold entity at byte offset 14" },
  { md: '[ссылка](https://autocall.kz', error: "Can't find end of a URL at byte offset 15" },
  { md: 'a | b', error: "Character '|' is reserved and must be escaped with the preceding '\\'" },
];

describe('MarkdownV2 parse mode', () => {
  it.each(accepted)('parses $md', ({ md, text, entities }) => {
    expect(parseMarkdownV2(md)).toEqual({ text, entities });
  });

  it.each(refused)('refuses $md', ({ md, error }) => {
    expect(parseMarkdownV2(md)).toEqual({ kind: 'entity_parse_error', message: error });
  });
});
