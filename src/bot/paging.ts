/** Pages of about eight rows, as every list in the bot shows them (PRODUCT.md → UX conventions). */
export const PAGE_SIZE = 8;

export interface PageSlice<T> {
  items: T[];
  /** Zero-based, clamped to the pages that exist (a stale ‹ › tap lands on the nearest page). */
  page: number;
  pages: number;
  total: number;
}

export function pageOf<T>(all: readonly T[], page: number, size = PAGE_SIZE): PageSlice<T> {
  const pages = Math.max(1, Math.ceil(all.length / size));
  const clamped = Math.min(Math.max(0, Math.trunc(page) || 0), pages - 1);
  return { items: all.slice(clamped * size, clamped * size + size), page: clamped, pages, total: all.length };
}
