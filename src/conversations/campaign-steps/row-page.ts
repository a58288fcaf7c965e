/**
 * One bot page (≈8 rows) of an AutoCall list, reduced to the few fields a picker shows: it is the result of a
 * `conversation.external` and so stays in the wizard's log, where whole API objects would weigh it down.
 */
import { apiPageOf, type FetchApiPage } from '../../bot/api-pages.js';

export interface RowPage<T> {
  /** 0-based, clamped to the pages that exist. */
  readonly page: number;
  readonly pages: number;
  readonly total: number;
  readonly rows: readonly T[];
}

export async function rowPage<I, T>(fetchPage: FetchApiPage<I>, page: number, row: (item: I) => T): Promise<RowPage<T>> {
  const slice = await apiPageOf(fetchPage, page);
  return { page: slice.page, pages: slice.pages, total: slice.total, rows: slice.items.map(row) };
}
