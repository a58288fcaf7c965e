import type { MessageEntity } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../support/telegram/formatting/html-parse-mode.js';

const accepted: readonly { html: string; text: string; entities: MessageEntity[] }[] = [
  { html: 'Баланс: <b>5 000 ₸</b>', text: 'Баланс: 5 000 ₸', entities: [{ type: 'bold', offset: 8, length: 7 }] },
  { html: '<strong>a</strong><em>b</em><ins>c</ins><del>d</del>', text: 'abcd', entities: [
    { type: 'bold', offset: 0, length: 1 }, { type: 'italic', offset: 1, length: 1 },
    { type: 'underline', offset: 2, length: 1 }, { type: 'strikethrough', offset: 3, length: 1 },
  ] },
  { html: '&lt;номер&gt; &amp; &quot;код&quot; &#8376; &#x1F4DE;', text: '<номер> & "код" ₸ 📞', entities: [] },
  { html: '📞 <i>звонок</i>', text: '📞 звонок', entities: [{ type: 'italic', offset: 3, length: 6 }] },
  { html: '<pre><code class="language-json">{"a":1}</code></pre>', text: '{"a":1}', entities: [{ type: 'pre', offset: 0, length: 7, language: 'json' }] },
  { html: '<code>87011234567</code>', text: '87011234567', entities: [{ type: 'code', offset: 0, length: 11 }] },
  { html: '<span class="tg-spoiler">ключ</span> <tg-spoiler>код</tg-spoiler>', text: 'ключ код', entities: [
    { type: 'spoiler', offset: 0, length: 4 }, { type: 'spoiler', offset: 5, length: 3 },
  ] },
  { html: "<a href='https://autocall.kz/?a=1&amp;b=2'>кабинет</a>", text: 'кабинет', entities: [
    { type: 'text_link', offset: 0, length: 7, url: 'https://autocall.kz/?a=1&b=2' },
  ] },
  { html: '<blockquote expandable>длинный отчёт</blockquote>', text: 'длинный отчёт', entities: [{ type: 'expandable_blockquote', offset: 0, length: 13 }] },
  { html: '<B>регистр</B>', text: 'регистр', entities: [{ type: 'bold', offset: 0, length: 7 }] },
  { html: '<b>x</>', text: 'x', entities: [{ type: 'bold', offset: 0, length: 1 }] },
  { html: '<b></b>пусто', text: 'пусто', entities: [] },
  { html: '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>', text: '👍', entities: [
    { type: 'custom_emoji', offset: 0, length: 2, custom_emoji_id: '5368324170671202286' },
  ] },
];

const refused: readonly { html: string; error: string }[] = [
  { html: 'a<br/>b', error: 'Unsupported start tag "br/" at byte offset 1' },
  { html: '<p>абзац</p>', error: 'Unsupported start tag "p" at byte offset 0' },
  { html: '<b>жирный', error: 'Can\'t find end tag corresponding to start tag "b"' },
  { html: '<b><i>x</b></i>', error: 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"' },
  { html: 'x</b>', error: 'Unexpected end tag at byte offset 1' },
  { html: 'цена <5', error: 'Unclosed start tag at byte offset 9' },
  { html: 'a < b', error: 'Unsupported start tag "" at byte offset 2' },
  { html: 'Tom & Jerry', error: 'Unsupported HTML entity or unescaped "&" at byte offset 4' },
  { html: 'a&nbsp;b', error: 'Unsupported HTML entity or unescaped "&" at byte offset 1' },
  { html: '2 > 1', error: 'Unescaped ">" at byte offset 2; use "&gt;"' },
  { html: '<a href=https://autocall.kz>x</a>', error: 'Unexpected end of name token at byte offset 8' },
  { html: '<span>x</span>', error: 'Tag "span" must have class "tg-spoiler" at byte offset 0' },
  { html: '<b', error: 'Unclosed start tag at byte offset 0' },
  { html: '<b>x</b', error: 'Unclosed end tag at byte offset 4' },
  { html: '<a href>x</a>', error: 'Expected equal sign in declaration of an attribute of the tag "a" at byte offset 0' },
];

describe('HTML parse mode', () => {
  it.each(accepted)('parses $html', ({ html, text, entities }) => {
    expect(parseHtml(html)).toEqual({ text, entities });
  });

  it.each(refused)('refuses $html', ({ html, error }) => {
    expect(parseHtml(html)).toEqual({ kind: 'entity_parse_error', message: error });
  });
});
