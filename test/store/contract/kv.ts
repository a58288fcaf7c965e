import { describe, expect, it } from 'vitest';
import { expectStoreError } from './expect-error.js';
import type { MakeHarness } from './harness.js';

const FIVE_MINUTES = 5 * 60_000;

export function kvContract(make: MakeHarness): void {
  describe('kv', () => {
    it('counts events in a window that starts at the first event', async () => {
      const h = make();
      const key = 'flash:acc1:+77011234567';
      expect(await h.store.kv.incrWindow(key, FIVE_MINUTES)).toBe(1);
      await h.elapse(60_000);
      expect(await h.store.kv.incrWindow(key, FIVE_MINUTES)).toBe(2);
      expect(await h.store.kv.incrWindow('flash:acc1:+77017654321', FIVE_MINUTES)).toBe(1);
      await h.elapse(FIVE_MINUTES - 60_000);
      expect(await h.store.kv.incrWindow(key, FIVE_MINUTES)).toBe(1);
    });

    it('counts every one of concurrent increments', async () => {
      const { store } = make();
      const counts = await Promise.all(Array.from({ length: 25 }, () => store.kv.incrWindow('burst', FIVE_MINUTES)));
      expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    });

    it('sets a mark once: a double tap on Launch does one thing', async () => {
      const h = make();
      const taps = await Promise.all(
        Array.from({ length: 10 }, (_, i) => h.store.kv.setOnce('launch:acc1:draft42', `tap${i}`, 60_000)),
      );
      expect(taps.filter(Boolean)).toHaveLength(1);
      expect(await h.store.kv.get('launch:acc1:draft42')).toMatch(/^tap\d$/);
      await h.elapse(60_000);
      expect(await h.store.kv.get('launch:acc1:draft42')).toBeNull();
      expect(await h.store.kv.setOnce('launch:acc1:draft42', 'again', 60_000)).toBe(true);
    });

    it('deletes a value', async () => {
      const { store } = make();
      await store.kv.setOnce('k', 'v', 60_000);
      await store.kv.del('k');
      expect(await store.kv.get('k')).toBeNull();
    });

    it.each([0, -5, Number.NaN])('refuses a window of %s ms', async (ms) => {
      const { store } = make();
      await expectStoreError(store.kv.incrWindow('k', ms), 'invalid');
      await expectStoreError(store.kv.setOnce('k', 'v', ms), 'invalid');
    });
  });
}
