/**
 * Laravel's length-aware paginator, as the contract's `Pagination` schema describes it. The contract types `from`
 * and `to` as integers, so an empty page reports 0 where Laravel itself would send null.
 */
export const PER_PAGE = 15;

export interface Page<R> {
  current_page: number;
  data: R[];
  first_page_url: string;
  from: number;
  last_page: number;
  last_page_url: string;
  next_page_url: string | null;
  path: string;
  per_page: number;
  prev_page_url: string | null;
  to: number;
  total: number;
}

export function paginate<T, R>(items: readonly T[], page: number, path: string, render: (item: T) => R): Page<R> {
  const total = items.length;
  const lastPage = Math.max(1, Math.ceil(total / PER_PAGE));
  const start = (page - 1) * PER_PAGE;
  const data = items.slice(start, start + PER_PAGE).map(render);
  const url = (n: number): string => `${path}?page=${n}`;
  return {
    current_page: page,
    data,
    first_page_url: url(1),
    from: data.length > 0 ? start + 1 : 0,
    last_page: lastPage,
    last_page_url: url(lastPage),
    next_page_url: page < lastPage ? url(page + 1) : null,
    path,
    per_page: PER_PAGE,
    prev_page_url: page > 1 ? url(page - 1) : null,
    to: data.length > 0 ? start + data.length : 0,
    total,
  };
}
