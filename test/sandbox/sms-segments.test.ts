/** SMS segment counting and templates, on the texts Kazakhstan customers send. */
import { describe, expect, it } from 'vitest';
import { fillTemplate, smsLength, worstCaseText } from '../../src/sandbox/domain/sms-segments.js';

describe('smsLength', () => {
  it.each([
    ['Skidka 20% tolko segodnya! Promokod: SALE20', 'GSM-7', 1],
    ['a'.repeat(160), 'GSM-7', 1],
    ['a'.repeat(161), 'GSM-7', 2],
    ['a'.repeat(306), 'GSM-7', 2],
    ['a'.repeat(307), 'GSM-7', 3],
    ['{'.repeat(80), 'GSM-7', 1],
    ['{'.repeat(81), 'GSM-7', 2],
    ['Цена 100 €'.replace('Цена', 'Price'), 'GSM-7', 1],
    ['Скидка 20% только сегодня!', 'UCS-2', 1],
    ['Ж'.repeat(70), 'UCS-2', 1],
    ['Ж'.repeat(71), 'UCS-2', 2],
    ['Ж'.repeat(134), 'UCS-2', 2],
    ['Ж'.repeat(135), 'UCS-2', 3],
    ['Сәлеметсіз бе! Қарызыңызды төлеңіз.', 'UCS-2', 1],
    ['Hello ә', 'UCS-2', 1],
  ] as const)('%s → %s, %i segment(s)', (text, encoding, segments) => {
    expect(smsLength(text)).toMatchObject({ encoding, segments });
  });

  it('counts an extended character as two septets', () => {
    expect(smsLength('[]').units).toBe(4);
  });
});

describe('templates', () => {
  it.each([
    ['Здравствуйте, {{name}}!', { name: 'Иван' }, 'Здравствуйте, Иван!'],
    ['Долг {{ debt }} тенге', { debt: '15000' }, 'Долг 15000 тенге'],
    ['{{name}}, ждём вас в {{time}}', { name: 'Пётр' }, 'Пётр, ждём вас в '],
    ['Без переменных', null, 'Без переменных'],
  ] as const)('%s', (text, variables, expected) => {
    expect(fillTemplate(text, variables)).toBe(expected);
  });

  it('prices by the longest value of each variable', () => {
    const worst = worstCaseText('{{name}}: {{debt}}', [{ name: 'Иван', debt: '150000' }, { name: 'Александра', debt: '3' }, null]);
    expect(worst).toBe('Александра: 150000');
  });
});
