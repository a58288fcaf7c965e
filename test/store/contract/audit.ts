import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../src/store/audit.js';
import { expectStoreError } from './expect-error.js';
import type { MakeHarness } from './harness.js';

const AIGERIM = 501_234_567;
const DANIYAR = 77;

function entry(n: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    at: 1_740_800_000_000 + n * 1000,
    actorId: n % 2 === 0 ? AIGERIM : DANIYAR,
    actorName: n % 2 === 0 ? 'Aigerim' : 'Daniyar',
    action: n % 3 === 0 ? 'campaign.launch' : 'flash.send',
    target: `+7701123${String(n).padStart(4, '0')}`,
    result: 'ok',
    ...overrides,
  };
}

async function appendMany(append: (entry: AuditEntry) => Promise<unknown>, count: number): Promise<void> {
  for (let n = 0; n < count; n++) await append(entry(n));
}

export function auditContract(make: MakeHarness): void {
  describe('audit', () => {
    it('returns entries newest first with ids', async () => {
      const { store } = make();
      const first = await store.audit.append('acc1', entry(0, { detail: 'Акция ноябрь, 1 200 номеров' }));
      const second = await store.audit.append('acc1', entry(1, { result: 'error', detail: '402: not enough balance' }));
      expect(first.id).not.toBe(second.id);
      const page = await store.audit.list('acc1', { limit: 10 });
      expect(page.entries).toEqual([second, first]);
      expect(page.next).toBeNull();
      expect((await store.audit.list('acc2', { limit: 10 })).entries).toEqual([]);
    });

    it('pages with the cursor until the log runs out', async () => {
      const { store } = make();
      await appendMany((e) => store.audit.append('acc1', e), 25);
      const targets: string[] = [];
      let before: string | undefined;
      for (let pages = 0; pages < 5; pages++) {
        const page = await store.audit.list('acc1', before === undefined ? { limit: 10 } : { limit: 10, before });
        targets.push(...page.entries.map((e) => e.target ?? ''));
        if (page.next === null) break;
        before = page.next;
      }
      expect(targets).toEqual(Array.from({ length: 25 }, (_, i) => entry(24 - i).target));
    });

    it('filters by action and by actor across pages', async () => {
      const { store } = make();
      await appendMany((e) => store.audit.append('acc1', e), 600);
      const launches = await store.audit.list('acc1', { limit: 5, action: 'campaign.launch' });
      expect(launches.entries.map((e) => e.at)).toEqual([597, 594, 591, 588, 585].map((n) => entry(n).at));
      expect(launches.next).not.toBeNull();
      const older = await store.audit.list('acc1', { limit: 1000, action: 'campaign.launch', before: launches.next ?? '' });
      expect(older.entries).toHaveLength(195);
      expect(older.next).toBeNull();
      const byDaniyarLaunching = await store.audit.list('acc1', { limit: 3, action: 'campaign.launch', actorId: DANIYAR });
      expect(byDaniyarLaunching.entries.map((e) => e.at)).toEqual([597, 591, 585].map((n) => entry(n).at));
    });

    it('keeps about the configured number of newest entries per account', async () => {
      const { store } = make({ auditCap: 10 });
      await appendMany((e) => store.audit.append('acc1', e), 260);
      const { entries } = await store.audit.list('acc1', { limit: 1000 });
      // Redis trims whole stream nodes (100 entries by default): the cap is exact in memory, approximate in Redis.
      expect(entries.length).toBeGreaterThanOrEqual(10);
      expect(entries.length).toBeLessThanOrEqual(110);
      expect(entries.slice(0, 10).map((e) => e.at)).toEqual(Array.from({ length: 10 }, (_, i) => entry(259 - i).at));
      expect(entries.at(-1)?.at).toBeGreaterThan(entry(0).at);
    });

    it.each([0, 1001, 2.5])('refuses a page limit of %s', async (limit) => {
      const { store } = make();
      await expectStoreError(store.audit.list('acc1', { limit }), 'invalid');
    });

    it.each(['', 'yesterday', '1740800000000', '1740800000000-0-0'])('refuses the cursor %j', async (before) => {
      const { store } = make();
      await expectStoreError(store.audit.list('acc1', { limit: 10, before }), 'invalid');
    });

    it('refuses an entry without an action', async () => {
      const { store } = make();
      await expectStoreError(store.audit.append('acc1', entry(0, { action: '' })), 'invalid');
    });

    it('reports a damaged entry as corrupt', async () => {
      const h = make();
      await h.store.audit.append('acc1', entry(0));
      await h.backend.xadd(h.keys.audit('acc1'), '{"at":"yesterday"}', 100);
      await expectStoreError(h.store.audit.list('acc1', { limit: 10 }), 'corrupt');
    });
  });
}
