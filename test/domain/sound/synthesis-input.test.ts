import { describe, expect, it } from 'vitest';
import { checkSynthesisText, defaultSoundName, parsePitch, parseSpeed } from '../../../src/domain/sound/index.js';

describe('parseSpeed', () => {
  it.each([
    ['1', 1],
    ['1.25', 1.25],
    ['1,25', 1.25],
    [' 0,75 ', 0.75],
    ['x1.5', 1.5],
    ['1.5x', 1.5],
    ['×2', 2],
    ['х1,5', 1.5], // Cyrillic «х»
    ['.5', 0.5],
    ['0.25', 0.25],
    ['4', 4],
  ])('%j → %d', (input, value) => {
    expect(parseSpeed(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['fast', 'not_a_number'],
    ['', 'not_a_number'],
    ['1.2.3', 'not_a_number'],
    ['полтора', 'not_a_number'],
    ['0.2', 'out_of_range'],
    ['0', 'out_of_range'],
    ['5', 'out_of_range'],
    ['-1', 'out_of_range'],
  ])('%j → %s', (input, kind) => {
    expect(parseSpeed(input)).toEqual({ ok: false, kind, min: 0.25, max: 4 });
  });
});

describe('parsePitch', () => {
  it.each([
    ['0', 0],
    ['5', 5],
    ['+5', 5],
    ['-5', -5],
    ['−7', -7], // typographic minus, as phones autocorrect it
    ['– 3', -3],
    ['2,5', 2.5],
    ['-20', -20],
    ['20', 20],
  ])('%j → %d', (input, value) => {
    expect(parsePitch(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['high', 'not_a_number'],
    ['5%', 'not_a_number'],
    ['21', 'out_of_range'],
    ['-25', 'out_of_range'],
  ])('%j → %s', (input, kind) => {
    expect(parsePitch(input)).toEqual({ ok: false, kind, min: -20, max: 20 });
  });
});

describe('checkSynthesisText', () => {
  it('trims and accepts texts of 1 to 400 characters', () => {
    expect(checkSynthesisText('  Здравствуйте!  ')).toEqual({ ok: true, text: 'Здравствуйте!' });
    expect(checkSynthesisText('а'.repeat(400))).toMatchObject({ ok: true });
  });

  it.each([
    ['', 'empty', 0],
    ['   \n ', 'empty', 0],
    ['ы'.repeat(401), 'too_long', 401],
  ])('text %#: %s', (input, kind, length) => {
    expect(checkSynthesisText(input)).toEqual({ ok: false, kind, length, max: 400 });
  });
});

describe('defaultSoundName', () => {
  it.each([
    ['Здравствуйте!', 'Здравствуйте!'],
    ['  Напоминаем   об оплате  ', 'Напоминаем об оплате'],
    ['Здравствуйте! Напоминаем об оплате до конца месяца. Спасибо.', 'Здравствуйте! Напоминаем об оплате до…'],
    ['Сәлеметсіз бе! Сізге AutoCall компаниясынан қоңырау шалып тұрмыз', 'Сәлеметсіз бе! Сізге AutoCall…'],
    ['Очень-очень-очень-очень-длинное-слово-без-пробелов-вообще', 'Очень-очень-очень-очень-длинное-слово-б…'],
  ])('%j → %j', (text, name) => {
    const made = defaultSoundName(text);
    expect(made).toBe(name);
    expect(made.length).toBeLessThanOrEqual(40);
  });
});
