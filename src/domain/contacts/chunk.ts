/**
 * Splits items into consecutive groups of at most `size`, for endpoints that cap a request:
 * `LIST_CHUNK_SIZE` numbers for `/lists` (create, then append), `INLINE_CHUNK_SIZE`
 * for inline numbers of `/autocalls` and `/bulks`.
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer, got ${size}`);
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}
