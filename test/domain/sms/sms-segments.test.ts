import { describe, expect, it } from 'vitest';
import { countSegments } from '../../../src/domain/sms/index.js';

describe('countSegments', () => {
  it.each([
    ['', 'gsm7', 0, 0],
    ['Hello', 'gsm7', 5, 1],
    ['a'.repeat(160), 'gsm7', 160, 1],
    ['a'.repeat(161), 'gsm7', 161, 2],
    ['a'.repeat(306), 'gsm7', 306, 2],
    ['a'.repeat(307), 'gsm7', 307, 3],
    // Extension characters take two septets.
    ['{'.repeat(80), 'gsm7', 160, 1],
    ['{'.repeat(80) + 'a', 'gsm7', 161, 2],
    ['Цена 100€ [акция]', 'ucs2', 17, 1],
    ['Price 100€ ^_^ {ok} [x] ~ \\ |', 'gsm7', 29 + 10, 1],
    ['@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà', 'gsm7', 42, 1],
    // Any Cyrillic, Russian or Kazakh, means UCS-2.
    ['Привет', 'ucs2', 6, 1],
    ['Сәлем', 'ucs2', 5, 1],
    ['Hello ғ', 'ucs2', 7, 1],
    ['ә ғ қ ң ө ұ ү һ і', 'ucs2', 17, 1],
    ['я'.repeat(70), 'ucs2', 70, 1],
    ['я'.repeat(71), 'ucs2', 71, 2],
    ['я'.repeat(134), 'ucs2', 134, 2],
    ['я'.repeat(135), 'ucs2', 135, 3],
    // An emoji is two UTF-16 code units.
    ['😀'.repeat(35), 'ucs2', 70, 1],
    ['😀'.repeat(36), 'ucs2', 72, 2],
    ['Hi “there”', 'ucs2', 10, 1],
  ])('%j → %s, %i units, %i segments', (text, encoding, units, segments) => {
    expect(countSegments(text)).toMatchObject({ encoding, units, segments });
  });

  it('does not split an escape pair across parts', () => {
    // 152 plain septets then `€`: the part would end between escape and euro sign, so the euro moves on.
    const text = 'a'.repeat(152) + '€' + 'a'.repeat(10);
    expect(countSegments(text)).toMatchObject({ units: 164, segments: 2, perSegment: 153, remaining: 153 - 12 });
  });

  it('does not split a surrogate pair across parts', () => {
    const text = 'я'.repeat(66) + '😀' + 'я'.repeat(10);
    expect(countSegments(text)).toMatchObject({ units: 78, segments: 2, perSegment: 67, remaining: 67 - 12 });
  });

  it('reports room left in a single message', () => {
    expect(countSegments('Hello')).toMatchObject({ perSegment: 160, remaining: 155 });
    expect(countSegments('Привет')).toMatchObject({ perSegment: 70, remaining: 64 });
  });
});
