import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeHtmlAttribute, visibleLength } from '../../../src/domain/text/index.js';

describe('escapeHtml', () => {
  it.each([
    ['ТОО "Рога & Копыта" <VIP>', 'ТОО "Рога &amp; Копыта" &lt;VIP&gt;'],
    ['a &amp; b', 'a &amp;amp; b'],
    ['{{name}} 5 > 3', '{{name}} 5 &gt; 3'],
    ['plain', 'plain'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });

  it('escapes quotes in attributes', () => {
    expect(escapeHtmlAttribute('https://x.kz/?a=1&b="2"')).toBe('https://x.kz/?a=1&amp;b=&quot;2&quot;');
  });

  it('keeps the visible text the same length', () => {
    const text = 'Рога & Копыта <VIP> 😀';
    expect(visibleLength(escapeHtml(text))).toBe(text.length);
  });
});

describe('visibleLength', () => {
  it.each([
    ['<b>Hi</b>', 2],
    ['<a href="https://autocall.kz">link</a>', 4],
    ['&lt;&gt;&amp;&quot;', 4],
    ['&#128512;', 2],
    ['😀', 2],
    ['<tg-spoiler>x</tg-spoiler>', 1],
  ])('%j → %i', (html, length) => {
    expect(visibleLength(html)).toBe(length);
  });
});
