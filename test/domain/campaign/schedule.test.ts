import { describe, expect, it } from 'vitest';
import { addDays, checkCallWindow, kzNow, parseClockTime, parseSendAt, parseStartDate, timeInside } from '../../../src/domain/campaign/index.js';

describe('kzNow', () => {
  it.each([
    ['2026-03-12T04:59:00Z', '2026-03-12', '09:59:00'],
    ['2026-12-31T19:30:00Z', '2027-01-01', '00:30:00'],
    // Before 1 March 2024 Almaty was UTC+6.
    ['2024-02-10T18:00:00Z', '2024-02-11', '00:00:00'],
  ])('%s is %s %s in Kazakhstan', (iso, date, time) => {
    expect(kzNow(new Date(iso))).toEqual({ date, time });
  });
});

describe('addDays', () => {
  it.each([
    ['2026-03-12', 1, '2026-03-13'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
  ])('%s + %i = %s', (ymd, days, expected) => {
    expect(addDays(ymd, days)).toBe(expected);
  });
});

describe('parseClockTime', () => {
  it.each([
    ['10:00', '10:00:00'],
    ['9:30', '09:30:00'],
    ['9.30', '09:30:00'],
    [' 14 ', '14:00:00'],
    ['0:05', '00:05:00'],
    ['23:59', '23:59:00'],
    ['23:59:59', '23:59:59'],
  ])('%j → %s', (input, time) => {
    expect(parseClockTime(input)).toEqual({ ok: true, time });
  });

  it.each([
    ['', 'bad_format'],
    ['ten', 'bad_format'],
    ['9:5', 'bad_format'],
    ['10:00:00:00', 'bad_format'],
    ['24:00', 'out_of_range'],
    ['12:60', 'out_of_range'],
    ['12:00:60', 'out_of_range'],
  ])('%j → %s', (input, kind) => {
    expect(parseClockTime(input)).toEqual({ ok: false, kind, input });
  });
});

describe('timeInside', () => {
  const window = { from: '09:00:00', to: '21:00:00' };
  it.each([
    ['09:00:00', true],
    ['21:00:00', true],
    ['14:30:00', true],
    ['08:59:00', false],
    ['21:01:00', false],
  ])('%s inside 09–21: %s', (time, inside) => {
    expect(timeInside(time, window)).toBe(inside);
  });
});

describe('checkCallWindow', () => {
  const allowed = { from: '08:00:00', to: '21:00:00' };
  const now = { date: '2026-03-12', time: '19:30:00' };
  it.each([
    [{ from: '09:00:00', to: '18:00:00' }, '2026-03-13', { ok: true }],
    [{ from: '08:00:00', to: '21:00:00' }, '2026-03-13', { ok: true }],
    [{ from: '07:00:00', to: '18:00:00' }, '2026-03-13', { ok: false, kind: 'outside_allowed' }],
    [{ from: '10:00:00', to: '22:00:00' }, '2026-03-13', { ok: false, kind: 'outside_allowed' }],
    [{ from: '09:00:00', to: '18:00:00' }, '2026-03-12', { ok: false, kind: 'already_over' }],
    [{ from: '09:00:00', to: '19:30:00' }, '2026-03-12', { ok: false, kind: 'already_over' }],
    [{ from: '10:00:00', to: '20:00:00' }, '2026-03-12', { ok: true }],
  ])('%j from %s', (window, date, expected) => {
    expect(checkCallWindow(window, { allowed, date, now })).toEqual(expected);
  });
});

describe('parseStartDate', () => {
  const today = '2026-06-15';
  it.each([
    ['15.06', '2026-06-15'],
    ['16.06.2026', '2026-06-16'],
    ['2026-12-25', '2026-12-25'],
    ['10.01', '2027-01-10'],
  ])('%j → %s', (input, date) => {
    expect(parseStartDate(input, today)).toEqual({ ok: true, date });
  });

  it.each([
    ['tomorrow', 'bad_format'],
    ['31.04', 'invalid_date'],
    ['14.06.2026', 'past'],
    ['2020-01-01', 'past'],
  ])('%j → %s', (input, kind) => {
    expect(parseStartDate(input, today)).toEqual({ ok: false, kind, input });
  });
});

describe('parseSendAt', () => {
  const now = { date: '2026-06-15', time: '12:00:00' };
  it.each([
    ['25.12 10:00', '2026-12-25', '10:00:00'],
    ['25.12.2026 9:30', '2026-12-25', '09:30:00'],
    ['2026-12-25 10:00', '2026-12-25', '10:00:00'],
    ['10:00 25.12', '2026-12-25', '10:00:00'],
    ['16.06, 8.15', '2026-06-16', '08:15:00'],
    ['14:30', '2026-06-15', '14:30:00'],
    ['01.06 10:00', '2027-06-01', '10:00:00'],
  ])('%j → %s %s', (input, date, time) => {
    expect(parseSendAt(input, now)).toEqual({ ok: true, date, time });
  });

  it.each([
    ['', 'bad_format'],
    ['now', 'bad_format'],
    ['25.12 10:00 sharp', 'bad_format'],
    ['25.12', 'out_of_range'],
    ['31.04 10:00', 'invalid_date'],
    ['25.12 25:00', 'out_of_range'],
    ['11:00', 'past'],
    ['12:00', 'past'],
    ['15.06.2026 09:00', 'past'],
    ['2025-12-25 10:00', 'past'],
  ])('%j → %s', (input, kind) => {
    expect(parseSendAt(input, now)).toEqual({ ok: false, kind, input });
  });
});
