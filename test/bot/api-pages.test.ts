import { describe, expect, it } from 'vitest';
import type { Page } from '../../src/api/index.js';
import { apiPageOf, serverPagesFor } from '../../src/bot/api-pages.js';

/** A Laravel paginator over `total` numbered rows, `perPage` a page, recording which pages were asked for. */
function server(total: number, perPage: number) {
  const asked: number[] = [];
  const fetchPage = (page: number): Promise<Page<number>> => {
    asked.push(page);
    const data = Array.from({ length: total }, (_, i) => i).slice((page - 1) * perPage, page * perPage);
    const lastPage = Math.max(1, Math.ceil(total / perPage));
    return Promise.resolve({
      current_page: page,
      data,
      first_page_url: '/x?page=1',
      from: data.length > 0 ? (page - 1) * perPage + 1 : null,
      last_page: lastPage,
      last_page_url: `/x?page=${lastPage}`,
      next_page_url: page < lastPage ? `/x?page=${page + 1}` : null,
      path: '/x',
      per_page: perPage,
      prev_page_url: page > 1 ? `/x?page=${page - 1}` : null,
      to: data.length > 0 ? (page - 1) * perPage + data.length : null,
      total,
    });
  };
  return { fetchPage, asked };
}

describe('serverPagesFor', () => {
  it.each([
    [0, 8, 15, [1]],
    [8, 16, 15, [1, 2]],
    [16, 24, 15, [2]],
    [40, 46, 23, [2]],
    [40, 48, 23, [2, 3]],
    [0, 8, 5, [1, 2]],
    [0, 0, 15, []],
  ])('rows [%i, %i) at %i a page are on %j', (start, end, perPage, pages) => {
    expect(serverPagesFor(start, end, perPage)).toEqual(pages);
  });
});

describe('apiPageOf', () => {
  it.each([
    // total, server page size, bot page asked → rows shown, bot page, bot pages, server pages fetched
    [12, 15, 0, [0, 1, 2, 3, 4, 5, 6, 7], 0, 2, [1]],
    [12, 15, 1, [8, 9, 10, 11], 1, 2, [1]],
    [20, 15, 1, [8, 9, 10, 11, 12, 13, 14, 15], 1, 3, [1, 2]],
    [50, 23, 5, [40, 41, 42, 43, 44, 45, 46, 47], 5, 7, [1, 2, 3]],
    [20, 15, 9, [16, 17, 18, 19], 2, 3, [1, 2]],
    [20, 15, -3, [0, 1, 2, 3, 4, 5, 6, 7], 0, 3, [1]],
    [0, 15, 0, [], 0, 1, [1]],
  ])('%i rows at %i a server page, bot page %i', async (total, perPage, page, rows, shownPage, pages, fetched) => {
    const fake = server(total, perPage);
    const slice = await apiPageOf(fake.fetchPage, page);
    expect(slice).toEqual({ items: rows, page: shownPage, pages, total });
    expect(fake.asked.sort()).toEqual(fetched);
  });

  it('reads a resource without a nested page as empty', async () => {
    expect(await apiPageOf(() => Promise.resolve(undefined), 3)).toEqual({ items: [], page: 0, pages: 1, total: 0 });
  });
});
