/** Account-local time (Asia/Almaty, UTC+5) and campaign windows. */
import { describe, expect, it } from 'vitest';
import {
  addLocalMonth,
  isoDateTime,
  localDateTime,
  parseLocalDate,
  parseTimeOfDay,
  secondsOfDay,
} from '../../src/sandbox/core/almaty-time.js';
import { inWindow, nextWindowOpening } from '../../src/sandbox/life/campaign-window.js';

const at = (iso: string) => Date.parse(iso);

describe('local time', () => {
  it.each([
    ['2025-03-03T05:00:00Z', '2025-03-03 10:00:00'],
    ['2025-03-03T19:00:00Z', '2025-03-04 00:00:00'],
    ['2024-12-31T18:59:59Z', '2024-12-31 23:59:59'],
    ['2024-02-29T19:30:00Z', '2024-03-01 00:30:00'],
  ])('%s is %s in Almaty', (utc, local) => {
    expect(localDateTime(at(utc))).toBe(local);
  });

  it('writes ISO with the +05:00 offset', () => {
    expect(isoDateTime(at('2025-03-03T05:00:00Z'))).toBe('2025-03-03T10:00:00+05:00');
  });

  it.each([
    ['2025-02-28', true],
    ['2025-02-29', false],
    ['2024-02-29', true],
    ['2025-13-01', false],
    ['03.03.2025', false],
    ['2025-3-3', false],
  ])('date %s valid: %s', (text, valid) => {
    expect(parseLocalDate(text) !== null).toBe(valid);
  });

  it.each([
    ['00:00:00', 0],
    ['13:00:00', 46800],
    ['23:59:59', 86399],
    ['24:00:00', null],
    ['12:60:00', null],
    ['9:00:00', null],
  ])('time %s → %s', (text, seconds) => {
    expect(parseTimeOfDay(text)).toBe(seconds);
  });

  it.each([
    ['2025-01-31T05:00:00Z', '2025-02-28 10:00:00'],
    ['2025-03-03T05:00:00Z', '2025-04-03 10:00:00'],
    ['2024-12-15T05:00:00Z', '2025-01-15 10:00:00'],
  ])('a month after %s is %s', (from, to) => {
    expect(localDateTime(addLocalMonth(at(from)))).toBe(to);
  });

  it('counts seconds since local midnight', () => {
    expect(secondsOfDay(at('2025-03-03T19:00:01Z'))).toBe(1);
  });
});

describe('campaign window', () => {
  const window = { dateFrom: '2025-03-04', timeFrom: '10:00:00', timeTo: '18:00:00' };

  it.each([
    ['2025-03-03T06:00:00Z', false, '2025-03-04 10:00:00'],
    ['2025-03-04T04:59:59Z', false, '2025-03-04 10:00:00'],
    ['2025-03-04T05:00:00Z', true, '2025-03-05 10:00:00'],
    ['2025-03-04T13:00:00Z', true, '2025-03-05 10:00:00'],
    ['2025-03-04T13:00:01Z', false, '2025-03-05 10:00:00'],
  ])('at %s: open %s, next opening %s', (utc, open, next) => {
    expect(inWindow(window, at(utc))).toBe(open);
    expect(localDateTime(nextWindowOpening(window, at(utc)))).toBe(next);
  });
});
