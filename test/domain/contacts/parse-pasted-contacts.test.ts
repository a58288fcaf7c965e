import { describe, expect, it } from 'vitest';
import { parsePastedContacts } from '../../../src/domain/contacts/index.js';

describe('parsePastedContacts reads numbers with their notes', () => {
  it.each([
    ['+77011234567', [{ number: '+77011234567', line: 1 }]],
    ['+7 701 123 45 67 Иванов Иван', [{ number: '+77011234567', extra: 'Иванов Иван', line: 1 }]],
    ['8 (701) 123-45-67 — Иванов', [{ number: '+77011234567', extra: 'Иванов', line: 1 }]],
    ['Иванов: +77011234567', [{ number: '+77011234567', extra: 'Иванов', line: 1 }]],
    ['1. 87011234567 Петров П.П.', [{ number: '+77011234567', extra: 'Петров П.П.', line: 1 }]],
    ['1) 87011234567', [{ number: '+77011234567', line: 1 }]],
    [
      '+77011234567, +77021234567; 87051234567',
      [
        { number: '+77011234567', line: 1 },
        { number: '+77021234567', line: 1 },
        { number: '+77051234567', line: 1 },
      ],
    ],
    [
      '87011234567 87021234567\t87051234567',
      [
        { number: '+77011234567', line: 1 },
        { number: '+77021234567', line: 1 },
        { number: '+77051234567', line: 1 },
      ],
    ],
    [
      '+77011234567 Иван, +77021234567 Пётр',
      [
        { number: '+77011234567', extra: 'Иван', line: 1 },
        { number: '+77021234567', extra: 'Пётр', line: 1 },
      ],
    ],
    ['+77011234567 15000', [{ number: '+77011234567', extra: '15000', line: 1 }]],
    ['+77011234567 - долг 15 000 тг', [{ number: '+77011234567', extra: 'долг 15 000 тг', line: 1 }]],
    ['+77011234567 Иванов, ИИН 900101300123', [{ number: '+77011234567', extra: 'Иванов, ИИН 900101300123', line: 1 }]],
    ['+7\u00A0701\u00A0123\u00A045\u00A067\u00A0Иванов', [{ number: '+77011234567', extra: 'Иванов', line: 1 }]],
    ['\n\n  +77011234567  \r\n\r\n87021234567\r\n', [
      { number: '+77011234567', line: 3 },
      { number: '+77021234567', line: 5 },
    ]],
  ])('%j', (text, valid) => {
    const parsed = parsePastedContacts(text);
    expect(parsed.invalid).toEqual([]);
    expect(parsed.valid).toEqual(valid);
  });
});

describe('parsePastedContacts reports what it cannot take', () => {
  it('gives line numbers and reasons', () => {
    const parsed = parsePastedContacts(
      ['Клиенты на завтра:', '+77011234567 Иванов', '+7 916 123 45 67 Москва', '8701123456', '+77061234567', 'спасибо'].join('\n'),
    );
    expect(parsed.valid).toEqual([{ number: '+77011234567', extra: 'Иванов', line: 2 }]);
    expect(parsed.invalid).toEqual([
      { line: 1, text: 'Клиенты на завтра:', reason: { kind: 'no_phone' } },
      { line: 3, text: '+7 916 123 45 67', reason: { kind: 'not_kz', country: 'RU' } },
      { line: 4, text: '8701123456', reason: { kind: 'not_kz', country: 'RU' } },
      { line: 5, text: '+77061234567', reason: expect.objectContaining({ kind: 'pattern_rejected', code: '706' }) as unknown },
      { line: 6, text: 'спасибо', reason: { kind: 'no_phone' } },
    ]);
  });

  it('keeps a mistyped number between valid ones as an error, not a note', () => {
    const parsed = parsePastedContacts('+77011234567, +7702123456, 87051234567');
    expect(parsed.valid.map((e) => e.number)).toEqual(['+77011234567', '+77051234567']);
    expect(parsed.invalid).toEqual([{ line: 1, text: '+7702123456', reason: { kind: 'bad_length', digits: 10 } }]);
  });

  it('accepts 706 for flash calls where lists refuse it', () => {
    expect(parsePastedContacts('+77061234567', 'flash').valid).toHaveLength(1);
    expect(parsePastedContacts('+77061234567', 'list').valid).toHaveLength(0);
  });
});

describe('parsePastedContacts counts duplicates and limits notes', () => {
  it('keeps the first of each number', () => {
    const parsed = parsePastedContacts('87011234567 first\n+7 701 123 45 67 second\n7011234567\n+77021234567');
    expect(parsed.valid).toEqual([
      { number: '+77011234567', extra: 'first', line: 1 },
      { number: '+77021234567', line: 4 },
    ]);
    expect(parsed.duplicates).toBe(2);
  });

  it('cuts notes to 255 characters without halving an emoji', () => {
    const note = '😀'.repeat(300);
    const parsed = parsePastedContacts(`+77011234567 ${note}`);
    expect(Array.from(parsed.valid[0]?.extra ?? '')).toHaveLength(255);
    expect(parsed.valid[0]?.extra).toBe('😀'.repeat(255));
    expect(parsed.truncated).toBe(1);
  });

  it('reads a thousand numbers on one line quickly', () => {
    const numbers = Array.from({ length: 1000 }, (_, i) => `8701${String(1000000 + i)}`);
    const started = performance.now();
    const parsed = parsePastedContacts(numbers.join(' '));
    expect(parsed.valid).toHaveLength(1000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
