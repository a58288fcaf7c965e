import { describe, expect, it } from 'vitest';
import { daysLeft, expiresSoon } from '../../../src/bot/features/caller-ids/rental-days.js';
import { readPoolId } from '../../../src/conversations/rent-caller-id/rent-caller-id-wizard.js';

const NOW = Date.parse('2026-11-26T12:00:00Z');

describe('caller-ID rentals', () => {
  it.each([
    ['2026-12-16T21:48:29+05:00', 21, false],
    ['2026-12-03T12:00:00Z', 7, false],
    ['2026-12-03T11:59:59Z', 7, false],
    ['2026-12-02T12:00:00Z', 6, true],
    ['2026-11-26T18:00:00+05:00', 1, true],
    // AutoCall's plain local time (Almaty, UTC+5) reads the same.
    ['2026-11-27 17:00:00', 1, true],
    ['2026-11-25T00:00:00Z', 0, true],
    ['soon', null, false],
    [undefined, null, false],
  ] as const)('%s', (until, days, soon) => {
    expect(daysLeft(until, NOW)).toBe(days);
    expect(expiresSoon(daysLeft(until, NOW))).toBe(soon);
  });

  it.each([
    ['42', 42],
    [' #42 ', 42],
    ['№ 7', 7],
    ['0', null],
    ['-3', null],
    ['42a', null],
    ['1234567890', null],
  ])('pool id %j', (input, id) => {
    expect(readPoolId(input)).toBe(id);
  });
});
