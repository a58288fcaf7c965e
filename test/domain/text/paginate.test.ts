import { describe, expect, it } from 'vitest';
import { MESSAGE_MAX_LENGTH, paginateHtml, visibleLength } from '../../../src/domain/text/index.js';

describe('paginateHtml', () => {
  it('keeps a short text whole', () => {
    expect(paginateHtml('one\ntwo')).toEqual(['one\ntwo']);
  });

  it('breaks on line ends', () => {
    expect(paginateHtml('aaa\nbbb\nccc', 8)).toEqual(['aaa\nbbb', 'ccc']);
  });

  it('breaks a long line at a space, else anywhere between characters', () => {
    expect(paginateHtml('aaaa bbbb cccc', 10)).toEqual(['aaaa bbbb', 'cccc']);
    expect(paginateHtml('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('closes and reopens tags across pages', () => {
    const pages = paginateHtml('<b>Campaign</b>\n<a href="https://x.kz">first line\nsecond line</a>', 12);
    expect(pages).toEqual(['<b>Campaign</b>', '<a href="https://x.kz">first line</a>', '<a href="https://x.kz">second line</a>']);
  });

  it('never splits an entity or a surrogate pair', () => {
    const pages = paginateHtml('ab&amp;😀😀', 3);
    expect(pages).toEqual(['ab&amp;', '😀', '😀']);
  });

  it('splits 1000 list rows into pages within the Telegram limit', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `<b>${i + 1}.</b> +7 701 123 45 67 — Иванов &amp; сын`);
    const pages = paginateHtml(rows.join('\n'));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(visibleLength(page)).toBeLessThanOrEqual(MESSAGE_MAX_LENGTH);
    expect(pages.join('\n')).toBe(rows.join('\n'));
  });

  it('refuses pages too small to hold an emoji', () => {
    expect(() => paginateHtml('x', 1)).toThrow(RangeError);
  });
});
