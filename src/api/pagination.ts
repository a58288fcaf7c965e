import type { Page } from './schemas/primitives.js';

/**
 * Every item of a Laravel-paged list, fetching the next page only when the previous one is
 * consumed: `for await (const list of paginate((page) => api.lists.list({ page }))) …`.
 * For pages nested in a resource, return the nested page:
 * `paginate(async (page) => (await api.lists.get(id, { page })).contacts)`; `undefined` ends the
 * iteration.
 */
export async function* paginate<T>(
  fetchPage: (page: number) => Promise<Page<T> | undefined>,
  firstPage = 1,
): AsyncGenerator<T, void, undefined> {
  let page = firstPage;
  for (;;) {
    const result = await fetchPage(page);
    if (result === undefined) return;
    yield* result.data;
    const isLast = result.next_page_url === null || result.current_page >= result.last_page || result.data.length === 0;
    if (isLast) return;
    page = result.current_page + 1;
  }
}
