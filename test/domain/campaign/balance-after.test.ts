import { describe, expect, it } from 'vitest';
import { balanceAfter } from '../../../src/domain/campaign/index.js';

describe('balanceAfter', () => {
  it.each([
    [25_000, 1_234.5, 23_765.5, 0],
    [1_000, 1_000, 0, 0],
    [0.3, 0.1, 0.2, 0],
    [500, 1_450.75, -950.75, 950.75],
    [0, 16, -16, 16],
  ])('%f − %f → %f, short %f', (balance, cost, after, short) => {
    expect(balanceAfter(balance, cost)).toEqual({ after, short });
  });
});
