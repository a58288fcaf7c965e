/**
 * The bot's pages of ≈8 rows over AutoCall's own pages (Laravel's, of whatever size the server chooses: 15 in the
 * sandbox, 23 in the contract's example). A bot page can straddle two server pages; this fetches the first server
 * page to learn the size and the total, then only the pages that hold the rows asked for.
 */
import type { Page } from '../api/index.js';
import { PAGE_SIZE, type PageSlice } from './paging.js';

/** One server page (1-based); `undefined` when the server has none (a nested page missing from its resource). */
export type FetchApiPage<T> = (apiPage: number) => Promise<Page<T> | undefined>;

/** Which server pages hold the rows `[start, end)` when the server pages by `perPage`. */
export function serverPagesFor(start: number, end: number, perPage: number): number[] {
  if (end <= start || perPage <= 0) return [];
  const first = Math.floor(start / perPage) + 1;
  const last = Math.floor((end - 1) / perPage) + 1;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Bot page `page` (0-based, clamped to the pages that exist) of a paged AutoCall list. */
export async function apiPageOf<T>(fetchPage: FetchApiPage<T>, page: number, size = PAGE_SIZE): Promise<PageSlice<T>> {
  const first = await fetchPage(1);
  if (first === undefined) return { items: [], page: 0, pages: 1, total: 0 };
  const total = first.total;
  const perPage = first.per_page > 0 ? first.per_page : first.data.length;
  const pages = Math.max(1, Math.ceil(total / size));
  const clamped = Math.min(Math.max(0, Math.trunc(page) || 0), pages - 1);
  const start = clamped * size;
  const end = Math.min(start + size, total);
  const needed = serverPagesFor(start, end, perPage);
  const rows = await Promise.all(needed.map(async (apiPage) => (apiPage === 1 ? first.data : ((await fetchPage(apiPage))?.data ?? []))));
  const items = needed.flatMap((apiPage, i) => {
    const offset = (apiPage - 1) * perPage;
    return (rows[i] ?? []).filter((_, index) => offset + index >= start && offset + index < end);
  });
  return { items, page: clamped, pages, total };
}
