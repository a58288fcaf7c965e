import { describe, expect, it } from 'vitest';
import { checkSmsEncoding } from '../../../src/domain/sms/index.js';

describe('checkSmsEncoding', () => {
  it('has nothing to say about a GSM-7 text', () => {
    expect(checkSmsEncoding('Your code: 3075')).toEqual({
      segments: expect.objectContaining({ encoding: 'gsm7', segments: 1 }) as unknown,
      offenders: [],
    });
  });

  it('names the characters forcing UCS-2 with positions', () => {
    const report = checkSmsEncoding('Don’t miss it — 20% off…');
    expect(report.offenders).toEqual([
      { char: '’', index: 3, position: 4, replacement: "'" },
      { char: '—', index: 14, position: 15, replacement: '-' },
      { char: '…', index: 23, position: 24, replacement: '...' },
    ]);
    expect(report.suggestion?.text).toBe("Don't miss it - 20% off...");
    expect(report.suggestion?.segments.encoding).toBe('gsm7');
  });

  it.each([
    ['“Sale” today', '"Sale" today'],
    ['«Sale» today', '"Sale" today'],
    ['Price:\u00A05000\u202F₸', 'Price: 5000 KZT'],
    ['Order №15', 'Order No15'],
    ['Café Olá', 'Café Ola'],
    ['Zero\u200Bwidth', 'Zerowidth'],
    // Cyrillic homoglyphs typed inside Latin words.
    ['Hеllo wоrld', 'Hello world'],
    ['Your order is ОК', 'Your order is OK'],
    ['Tap: tеst.kz', 'Tap: test.kz'],
  ])('%j → %j', (text, suggested) => {
    expect(checkSmsEncoding(text).suggestion?.text).toBe(suggested);
  });

  it('turns a 3-segment Latin text with one curly quote back into 2 segments', () => {
    const text = `${'a'.repeat(150)}’${'b'.repeat(150)}`;
    const report = checkSmsEncoding(text);
    expect(report.segments).toMatchObject({ encoding: 'ucs2', segments: 5 });
    expect(report.suggestion?.segments).toMatchObject({ encoding: 'gsm7', segments: 2 });
  });

  it.each([
    ['Привет, мир'],
    ['Сәлеметсіз бе! Hello'],
    ['Hi 😀'],
    ['Hello мир'],
  ])('offers no suggestion when letters have no GSM-7 form: %j', (text) => {
    const report = checkSmsEncoding(text);
    expect(report.segments.encoding).toBe('ucs2');
    expect(report.suggestion).toBeUndefined();
    expect(report.offenders.some((o) => o.replacement === undefined)).toBe(true);
  });

  it('does not turn Russian words into Latin lookalikes', () => {
    const report = checkSmsEncoding('Ремонт ТВ сегодня');
    expect(report.suggestion).toBeUndefined();
    expect(report.offenders.find((o) => o.char === 'Т')?.replacement).toBeUndefined();
  });
});
