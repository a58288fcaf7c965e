import { describe, expect, it } from 'vitest';
import { truncateHtml, truncateText, visibleLength } from '../../../src/domain/text/index.js';

describe('truncateText', () => {
  it.each([
    ['Short', 10, 'Short'],
    ['Кампания «Весна»', 10, 'Кампания …'],
    ['😀😀😀😀', 5, '😀😀…'],
    ['ab😀cd', 4, 'ab…'],
  ])('%j to %i → %j', (text, max, cut) => {
    expect(truncateText(text, max)).toBe(cut);
    expect(truncateText(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe('truncateHtml', () => {
  it.each([
    ['short', 10, 'short'],
    ['Tom &amp; Jerry', 6, 'Tom &amp;…'],
    ['Tom &amp; Jerry', 5, 'Tom …'],
    ['<b>Bold text here</b> tail', 6, '<b>Bold …</b>'],
    ['<b><i>abcdef</i></b>', 4, '<b><i>abc…</i></b>'],
    ['<a href="https://a.kz/?x=1&amp;y=2">link text</a>', 5, '<a href="https://a.kz/?x=1&amp;y=2">link…</a>'],
    ['a😀b', 3, 'a…'],
    ['x&#128512;y', 3, 'x…'],
  ])('%j to %i → %j', (html, max, cut) => {
    const result = truncateHtml(html, max);
    expect(result).toBe(cut);
    expect(visibleLength(result)).toBeLessThanOrEqual(max);
  });
});
