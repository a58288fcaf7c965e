import { describe, expect, it } from 'vitest';
import { parseTimeWindow, parseUserDate } from '../../../src/domain/format/index.js';

describe('parseTimeWindow', () => {
  it.each([
    ['09:00–18:00', '09:00:00', '18:00:00'],
    ['9-18', '09:00:00', '18:00:00'],
    ['09:00 - 18:00', '09:00:00', '18:00:00'],
    ['9:30—18:45', '09:30:00', '18:45:00'],
    ['9.30-18.45', '09:30:00', '18:45:00'],
    ['с 9 до 18', '09:00:00', '18:00:00'],
    ['From 10 to 20', '10:00:00', '20:00:00'],
    ['0-24', '00:00:00', '23:59:59'],
    ['10:00-24:00', '10:00:00', '23:59:59'],
    [' 8 − 21 ', '08:00:00', '21:00:00'],
  ])('%j → %s..%s', (input, from, to) => {
    expect(parseTimeWindow(input)).toEqual({ ok: true, from, to });
  });

  it.each([
    ['', 'bad_format'],
    ['nine to six', 'bad_format'],
    ['9', 'bad_format'],
    ['9:5-18', 'bad_format'],
    ['25-26', 'out_of_range'],
    ['9:75-18', 'out_of_range'],
    ['24-24', 'out_of_range'],
    ['18-9', 'not_increasing'],
    ['9-9', 'not_increasing'],
    ['22:00-06:00', 'not_increasing'],
  ])('%j → %s', (input, kind) => {
    expect(parseTimeWindow(input)).toEqual({ ok: false, kind, input });
  });
});

describe('parseUserDate', () => {
  const today = '2026-06-15';
  it.each([
    ['25.12', '2026-12-25'],
    ['15.06', '2026-06-15'],
    ['10.01', '2027-01-10'],
    ['1.7', '2026-07-01'],
    ['25.12.2026', '2026-12-25'],
    ['25.12.26', '2026-12-25'],
    ['25/12/2026', '2026-12-25'],
    ['25-12-2026', '2026-12-25'],
    ['2026-12-25', '2026-12-25'],
    [' 2026-1-5 ', '2026-01-05'],
    ['29.02.2028', '2028-02-29'],
  ])('%j → %s', (input, ymd) => {
    expect(parseUserDate(input, today)).toEqual({ ok: true, ymd });
  });

  it.each([
    ['', 'bad_format'],
    ['завтра', 'bad_format'],
    ['25 декабря', 'bad_format'],
    ['31.04', 'invalid_date'],
    ['29.02.2027', 'invalid_date'],
    ['29.02', 'invalid_date'],
    ['2026-13-01', 'invalid_date'],
    ['00.01.2026', 'invalid_date'],
  ])('%j → %s', (input, kind) => {
    expect(parseUserDate(input, today)).toEqual({ ok: false, kind, input });
  });
});
