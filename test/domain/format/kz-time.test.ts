import { describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatKzDateTime,
  kzOffsetHours,
  kzToday,
  parseApiDateTime,
  toApiDateTime,
  type Language,
} from '../../../src/domain/format/index.js';

describe('parseApiDateTime reads Kazakhstan wall-clock time', () => {
  it.each([
    // Since 1 March 2024 the whole country is UTC+5.
    ['2024-04-11 22:14:09', '2024-04-11T17:14:09.000Z'],
    ['2024-03-01 00:00:00', '2024-02-29T19:00:00.000Z'],
    ['2026-01-01 00:00:00', '2025-12-31T19:00:00.000Z'],
    // Before it Almaty was UTC+6.
    ['2024-02-29 23:59:59', '2024-02-29T17:59:59.000Z'],
    ['2019-12-08 23:46:06', '2019-12-08T17:46:06.000Z'],
    // ISO forms with an explicit zone keep it.
    ['2024-04-11T22:14:09Z', '2024-04-11T22:14:09.000Z'],
    ['2024-04-11T22:14:09.123456+03:00', '2024-04-11T19:14:09.000Z'],
    ['2024-04-11 22:14', '2024-04-11T17:14:00.000Z'],
  ])('%s → %s', (text, iso) => {
    const parsed = parseApiDateTime(text);
    expect(parsed.ok && parsed.date.toISOString()).toBe(iso);
  });

  it.each([
    ['', 'bad_format'],
    ['11.04.2024 22:14', 'bad_format'],
    ['2024-04-11', 'bad_format'],
    ['2023-02-29 10:00:00', 'invalid_date'],
    ['2024-04-11 24:00:00', 'invalid_date'],
    ['2024-04-31 10:00:00', 'invalid_date'],
  ])('%j → %s', (text, kind) => {
    expect(parseApiDateTime(text)).toEqual({ ok: false, kind, input: text });
  });
});

describe('Kazakhstan time round trips', () => {
  it.each([
    ['2024-02-29T17:59:59Z', 6],
    ['2024-02-29T18:00:00Z', 5],
    ['2030-06-01T00:00:00Z', 5],
  ])('offset at %s is +%i', (iso, hours) => {
    expect(kzOffsetHours(new Date(iso))).toBe(hours);
  });

  it.each([
    ['2024-12-31T18:59:59Z', '2024-12-31', '2024-12-31 23:59:59'],
    ['2024-12-31T19:00:00Z', '2025-01-01', '2025-01-01 00:00:00'],
    ['2023-06-30T18:00:00Z', '2023-07-01', '2023-07-01 00:00:00'],
  ])('%s is %s in Kazakhstan', (iso, today, apiText) => {
    expect(kzToday(new Date(iso))).toBe(today);
    expect(toApiDateTime(new Date(iso))).toBe(apiText);
    const back = parseApiDateTime(apiText);
    expect(back.ok && back.date.toISOString()).toBe(new Date(iso).toISOString());
  });
});

describe('formatKzDateTime shows Kazakhstan time in the user language', () => {
  const instant = new Date('2024-04-11T17:14:09Z');
  it.each<[Language, string]>([
    ['ru', '11 апр. 2024 г., 22:14'],
    ['kk', '2024 ж. 11 сәу., 22:14'],
    ['en', 'Apr 11, 2024, 22:14'],
  ])('%s → %s', (language, shown) => {
    expect(formatKzDateTime(instant, language).replace(/\s/gu, ' ')).toBe(shown);
  });

  it('uses +06:00 for instants before March 2024', () => {
    expect(formatKzDateTime(new Date('2023-01-01T00:00:00Z'), 'en')).toBe('Jan 1, 2023, 06:00');
  });

  it.each<[string, Language, string]>([
    ['2026-12-25', 'ru', '25 дек. 2026 г.'],
    ['2026-12-25', 'en', 'Dec 25, 2026'],
    ['soon', 'en', 'soon'],
  ])('calendar date %s in %s → %s', (ymd, language, shown) => {
    expect(formatCalendarDate(ymd, language).replace(/\s/gu, ' ')).toBe(shown);
  });
});
