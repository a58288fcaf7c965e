import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { expectStoreError } from './expect-error.js';
import type { MakeHarness } from './harness.js';

const Watch = z.object({ wizardId: z.string(), name: z.string() });
const HOUR = 3_600_000;

export function registryContract(make: MakeHarness): void {
  describe('registry', () => {
    it('keeps records by id until removed, replacing one of the same id', async () => {
      const { store } = make();
      await store.registry.put('watches', 'w-1', { wizardId: 'w-1', name: 'Акция' }, HOUR);
      await store.registry.put('watches', 'w-2', { wizardId: 'w-2', name: 'Sale' }, HOUR);
      await store.registry.put('watches', 'w-1', { wizardId: 'w-1', name: 'Акция 2' }, HOUR);
      await store.registry.put('other', 'w-9', { wizardId: 'w-9', name: 'Elsewhere' }, HOUR);
      const names = async () => (await store.registry.list('watches', Watch)).map((w) => w.name).sort();
      expect(await names()).toEqual(['Sale', 'Акция 2']);
      await store.registry.remove('watches', 'w-2');
      await store.registry.remove('watches', 'never-there');
      expect(await names()).toEqual(['Акция 2']);
    });

    it('drops each record when its own lifetime ends', async () => {
      const h = make();
      await h.store.registry.put('watches', 'short', { wizardId: 'short', name: 'Short' }, HOUR);
      await h.store.registry.put('watches', 'long', { wizardId: 'long', name: 'Long' }, 3 * HOUR);
      await h.elapse(2 * HOUR);
      expect((await h.store.registry.list('watches', Watch)).map((w) => w.name)).toEqual(['Long']);
      expect(await h.backend.hgetall(h.keys.registry('watches'))).not.toHaveProperty('short');
      await h.elapse(HOUR);
      expect(await h.store.registry.list('watches', Watch)).toEqual([]);
    });

    it('loses none of many writers at once, with no lock', async () => {
      const { store } = make();
      await Promise.all(Array.from({ length: 40 }, (_, i) => store.registry.put('watches', `w-${String(i)}`, { wizardId: `w-${String(i)}`, name: String(i) }, HOUR)));
      await Promise.all([...Array.from({ length: 10 }, (_, i) => store.registry.remove('watches', `w-${String(i)}`)), store.registry.put('watches', 'w-40', { wizardId: 'w-40', name: '40' }, HOUR)]);
      expect((await store.registry.list('watches', Watch)).length).toBe(31);
    });

    it('refuses bad names and lifetimes, and reports a record that no longer fits its schema', async () => {
      const h = make();
      await expectStoreError(h.store.registry.put('Bad Name', 'x', {}, HOUR), 'invalid');
      await expectStoreError(h.store.registry.put('watches', 'x y', {}, HOUR), 'invalid');
      await expectStoreError(h.store.registry.put('watches', 'x', {}, 0), 'invalid');
      await h.store.registry.put('watches', 'old', { wizardId: 'old' }, HOUR);
      await expectStoreError(h.store.registry.list('watches', Watch), 'corrupt');
    });
  });
}
