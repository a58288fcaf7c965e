/** The shared caller-ID pool: numbers by id, outside holders, and room for every seeded account. */
import { describe, expect, it } from 'vitest';
import { CallerIdPool } from '../../src/sandbox/state/caller-id-pool.js';

describe('CallerIdPool', () => {
  it.each([
    [1, 'beeline', '+77056400001'],
    [42, 'kcell', '+77016400042'],
    [99_999, 'altel', '+77086499999'],
  ])('id %i is a %s number %s', (id, provider, number) => {
    expect(new CallerIdPool().entry(id)).toEqual({ id, provider, number });
  });

  it.each([0, -1, 100_000, 1.5])('has no id %d', (id) => {
    expect(new CallerIdPool().entry(id)).toBeNull();
  });

  it('holds every tenth number for someone outside, and frees a rental when it ends', () => {
    const pool = new CallerIdPool();
    expect(pool.isFree(30, 0)).toBe(false);
    pool.take(31, 'a', 1000);
    expect(pool.isFree(31, 999)).toBe(false);
    expect(pool.isFree(31, 1000)).toBe(true);
    pool.release(31, 'b');
    expect(pool.isFree(31, 500)).toBe(false);
    pool.release(31, 'a');
    expect(pool.isFree(31, 500)).toBe(true);
  });

  it('finds seeded rentals a free number until the upper half runs out', () => {
    const pool = new CallerIdPool();
    const ids = new Set<number>();
    for (let id = pool.freeIdForSeed(0); id !== null; id = pool.freeIdForSeed(0)) {
      pool.take(id, 'seed', 1);
      ids.add(id);
    }
    expect(ids.size).toBe(45_000);
    expect([...ids].every((id) => id > 50_000 && id % 10 !== 0)).toBe(true);
  });
});
