import { describe, expect, it } from 'vitest';
import { advancedMarker, createdAtMs, isAfterMarker, MARKER_MARGIN_MS, readMarker } from '../../src/notifier/baseline.js';

const at = (createdAt: string) => ({ created_at: createdAt });
/** 2024-11-01 10:35:00 in Almaty (UTC+5). */
const T = Date.UTC(2024, 10, 1, 5, 35, 0);

describe('baseline marker', () => {
  it.each([
    ['2024-11-01 10:35:00', T],
    ['2024-11-01T10:35:00+05:00', T],
    ['2024-11-01T05:35:00Z', T],
    ['yesterday', null],
  ])('reads created_at %s', (createdAt, expected) => {
    expect(createdAtMs(createdAt)).toBe(expected);
  });

  it.each([
    [null, null],
    [String(T), T],
    ['2024-11-01 10:35:00', T],
  ])('reads the stored marker %s', (stored, expected) => {
    expect(readMarker(stored)).toBe(expected);
  });

  it.each([
    ['2024-11-01 10:34:59', false],
    ['2024-11-01 10:35:00', true],
    ['2024-11-01 10:35:01', true],
    ['garbled', true],
  ])('counts %s as news after the marker: %s', (createdAt, expected) => {
    expect(isAfterMarker(at(createdAt), T)).toBe(expected);
  });

  it('trails the newest notification by the margin and never moves back', () => {
    expect(advancedMarker(0, [at('2024-11-01 10:35:00'), at('2024-11-01 09:00:00')])).toBe(T - MARKER_MARGIN_MS);
    expect(advancedMarker(T, [at('2024-11-01 10:35:00')])).toBe(T);
    expect(advancedMarker(T, [])).toBe(T);
    expect(advancedMarker(T, [at('garbled')])).toBe(T);
  });
});
