/**
 * The bot's pages of about eight rows (`PAGE_SIZE`) over AutoCall's Laravel pages, which are of another size
 * (15 on the server today, but read from each answer, never assumed): a bot page is cut out of the one or two
 * server pages that hold its rows, so every list shows the same page size with ‹ › and a count.
 */
import type { Page } from '../api/index.js';
import { PAGE_SIZE, type PageSlice } from './paging.js';

/** Laravel's default `per_page`: the first guess of which server page holds a bot page. */
const LARAVEL_PER_PAGE = 15;

/** The 1-based server pages that hold rows `start` to `end - 1` (0-based) when a server page has `perPage` rows. */
export function serverPagesCovering(start: number, end: number, perPage: number): number[] {
  if (end <= start || perPage < 1) return [];
  const first = Math.floor(start / perPage) + 1;
  const last = Math.floor((end - 1) / perPage) + 1;
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** Bot page `page` (0-based, clamped to the pages that exist) of a server-paged list. */
export async function fetchPageSlice<T>(fetchPage: (serverPage: number) => Promise<Page<T>>, page: number, size = PAGE_SIZE): Promise<PageSlice<T>> {
  const wanted = Math.max(0, Math.trunc(page) || 0);
  const guess = await fetchPage(Math.floor((wanted * size) / LARAVEL_PER_PAGE) + 1);
  const perPage = Math.max(1, Math.trunc(guess.per_page) || LARAVEL_PER_PAGE);
  const pages = Math.max(1, Math.ceil(guess.total / size));
  const clamped = Math.min(wanted, pages - 1);
  const start = clamped * size;
  const end = Math.min(start + size, guess.total);
  const needed = serverPagesCovering(start, end, perPage);
  const fetched = await Promise.all(needed.map((serverPage) => (serverPage === guess.current_page ? Promise.resolve(guess) : fetchPage(serverPage))));
  const rows = fetched.flatMap((serverPage) => serverPage.data);
  const offset = start - ((needed[0] ?? 1) - 1) * perPage;
  return { items: rows.slice(offset, offset + size), page: clamped, pages, total: guess.total };
}
