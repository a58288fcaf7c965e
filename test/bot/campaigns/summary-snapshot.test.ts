import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from '../../../src/api/index.js';
import type { BotContext } from '../../../src/bot/context.js';
import type { StatusFilter } from '../../../src/bot/features/campaigns/shared/campaign-status.js';
import { countOf, forgetRow, loadSnapshot, rowsOf, type SnapshotSource } from '../../../src/bot/features/campaigns/shared/summary-snapshot.js';
import { createKeyCipher } from '../../../src/store/cipher.js';
import { createMemoryStore } from '../../../src/store/memory-store.js';

const PER_PAGE = 15;

interface Listed {
  id: number;
  name: string;
  status: string;
  created_at: string;
}

/** An account's campaigns newest first, served in AutoCall's pages of 15; counts the pages asked for. */
function account(statuses: readonly string[]) {
  const campaigns: Listed[] = statuses.map((status, i) => ({ id: statuses.length - i, name: `C${statuses.length - i}`, status, created_at: '2026-11-20T10:00:00Z' }));
  const reads: number[] = [];
  const source: SnapshotSource = {
    kind: 'autocalls',
    fetchPage(page: number): Promise<Page<Listed>> {
      reads.push(page);
      const lastPage = Math.max(1, Math.ceil(campaigns.length / PER_PAGE));
      const data = campaigns.slice((page - 1) * PER_PAGE, page * PER_PAGE);
      const url = (n: number) => `/autocalls?page=${n}`;
      return Promise.resolve({
        current_page: page,
        data,
        first_page_url: url(1),
        from: data.length > 0 ? (page - 1) * PER_PAGE + 1 : null,
        last_page: lastPage,
        last_page_url: url(lastPage),
        next_page_url: page < lastPage ? url(page + 1) : null,
        path: '/autocalls',
        per_page: PER_PAGE,
        prev_page_url: page > 1 ? url(page - 1) : null,
        to: data.length > 0 ? (page - 1) * PER_PAGE + data.length : null,
        total: campaigns.length,
      });
    },
  };
  return { campaigns, reads, source };
}

function context(): BotContext {
  const store = createMemoryStore({ cipher: createKeyCipher([{ id: 'k1', key: randomBytes(32) }]) });
  return { deps: { store } } as unknown as BotContext;
}

/** `count` campaigns where every `every`-th from the newest has `status`, the others are awaiting. */
const history = (count: number, status: string, every: number) => Array.from({ length: count }, (_, i) => ((i + 1) % every === 0 ? status : 'awaiting'));

describe('the campaigns snapshot behind the lists', () => {
  it.each<[string, string[], StatusFilter, number, number, string]>([
    ['a small account: read whole at once, counts exact', history(18, 'completed', 3), 'completed', 0, 2, '6'],
    ['the first page of all in a long history: the first 60 only', history(2000, 'completed', 10), 'all', 0, 4, '2000'],
    ['all, page 9 (rows 65–72 and one more)', history(2000, 'completed', 10), 'all', 8, 5, '2000'],
    ['completed, page 2 of 2,000 with every tenth completed', history(2000, 'completed', 10), 'completed', 1, 12, '18+'],
    ['completed, page 9 asked at once: no more than one tap\'s 40 pages', history(2000, 'completed', 10), 'completed', 8, 40, '60+'],
    ['a rare status deep in the history: one tap reads 40 pages at most', history(2000, 'denied', 1000), 'denied', 0, 40, '0+'],
    ['an empty account', [], 'running', 0, 1, '0'],
  ])('%s', async (_case, statuses, filter, page, pagesRead, count) => {
    const { reads, source } = account(statuses);
    const snapshot = await loadSnapshot(context(), 'acc', source, { filter, page }, true);
    expect(reads).toEqual(Array.from({ length: pagesRead }, (_, i) => i + 1));
    const counted = countOf(snapshot, filter);
    expect(`${counted.count}${counted.exact ? '' : '+'}`).toBe(count);
    expect(rowsOf(snapshot, filter).length).toBeGreaterThanOrEqual(Math.min(counted.count, (page + 1) * 8));
  });

  it('pages to the ninth page of completed one tap at a time for the 49 pages that page needs', async () => {
    const { reads, source } = account(history(2000, 'completed', 10));
    const ctx = context();
    let snapshot = await loadSnapshot(ctx, 'acc', source, { filter: 'completed', page: 0 }, true);
    for (let page = 1; page <= 8; page++) snapshot = await loadSnapshot(ctx, 'acc', source, { filter: 'completed', page }, false);
    expect(reads).toEqual(Array.from({ length: 49 }, (_, i) => i + 1));
    expect(rowsOf(snapshot, 'completed').slice(64, 72).map((row) => row.name)).toEqual(['C1351', 'C1341', 'C1331', 'C1321', 'C1311', 'C1301', 'C1291', 'C1281']);
    expect(countOf(snapshot, 'completed')).toEqual({ count: 73, exact: false });

    // Refresh there reads the same 49 pages again, beyond one tap's 40, and stays on the ninth page.
    const refreshed = await loadSnapshot(ctx, 'acc', source, { filter: 'completed', page: 8 }, true);
    expect(reads).toHaveLength(98);
    expect(rowsOf(refreshed, 'completed')).toHaveLength(73);
  });

  it('reads on from where the last tap stopped, each page once, until the count is exact', async () => {
    const { reads, source } = account(history(2000, 'denied', 1000));
    const ctx = context();
    const need = { filter: 'denied', page: 0 } as const;
    await loadSnapshot(ctx, 'acc', source, need, true);
    await loadSnapshot(ctx, 'acc', source, need, false);
    await loadSnapshot(ctx, 'acc', source, need, false);
    const last = await loadSnapshot(ctx, 'acc', source, need, false);
    expect(reads).toEqual(Array.from({ length: 134 }, (_, i) => i + 1));
    expect(countOf(last, 'denied')).toEqual({ count: 2, exact: true });
    // Nothing more to read: a further tap costs AutoCall nothing.
    await loadSnapshot(ctx, 'acc', source, { filter: 'denied', page: 5 }, false);
    expect(reads).toHaveLength(134);
  });

  it('neither skips nor repeats a campaign when one is created or deleted between taps', async () => {
    const { campaigns, reads, source } = account(history(100, 'completed', 2));
    const ctx = context();
    const first = await loadSnapshot(ctx, 'acc', source, { filter: 'completed', page: 0 }, true);
    expect(first.pagesRead).toBe(4);
    // A new campaign pushes every other one a place further; then one already read is deleted twice over.
    campaigns.unshift({ id: 101, name: 'C101', status: 'awaiting', created_at: '2026-11-21T10:00:00Z' });
    const deleted = campaigns.splice(10, 2);
    for (const gone of deleted) await forgetRow(ctx, 'acc', 'autocalls', gone.id);
    const all = await loadSnapshot(ctx, 'acc', source, { filter: 'completed', page: 9 }, false);
    expect(all.complete).toBe(true);
    const ids = all.rows.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id <= 100).sort((a, b) => b - a)).toEqual(campaigns.filter((c) => c.id <= 100).map((c) => c.id));
    expect(reads.slice(0, 4)).toEqual([1, 2, 3, 4]);
  });
});
