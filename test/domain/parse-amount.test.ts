import { describe, expect, it } from 'vitest';
import { parseTengeAmount } from '../../src/domain/money/index.js';

const LIMITS = { min: 200, max: 10_000_000 };

describe('parseTengeAmount', () => {
  it.each([
    ['1000', 1000],
    ['1 000', 1000],
    ['1\u00a0000 ₸', 1000],
    ['5000 тг', 5000],
    ['5000 тг.', 5000],
    ['10 000,00', 10000],
    ['2k', 2000],
    ['1,5к', 1500],
    ['200', 200],
    ['750 KZT', 750],
    ["25'000", 25000],
  ])('%s → %d', (input, amount) => {
    expect(parseTengeAmount(input, LIMITS)).toEqual({ ok: true, amount });
  });

  it.each([
    ['', 'not_a_number'],
    ['тысяча', 'not_a_number'],
    ['-500', 'not_a_number'],
    ['1e5', 'not_a_number'],
    ['150', 'too_small'],
    ['199,99', 'fraction'],
    ['1000,50', 'fraction'],
    ['20 000 000', 'too_large'],
  ])('%s is refused as %s', (input, kind) => {
    expect(parseTengeAmount(input, LIMITS)).toMatchObject({ ok: false, kind });
  });
});
