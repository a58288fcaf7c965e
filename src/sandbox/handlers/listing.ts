/**
 * The filters of the contract's list endpoints: `date_from` / `date_to` (local `Y-m-d`, inclusive, on the
 * creation date), `order` by creation (newest first unless `asc`), `client_id` (exact). A date that is no
 * `Y-m-d` is a 422 where the operation declares one (`/lists`) and is ignored elsewhere.
 */
import { z } from 'zod';
import { localDate, parseLocalDate } from '../core/almaty-time.js';
import { ErrorBag, ok, type Result } from '../actions/result.js';

export const listingQuery = z.object({
  page: z.number().int().default(1),
  date_from: z.string().optional(),
  date_to: z.string().optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
  client_id: z.string().optional(),
});
export type ListingQuery = z.infer<typeof listingQuery>;

interface Listed {
  id: number;
  clientId: string | null;
  createdAt: number;
}

export function applyListing<T extends Listed>(
  items: Iterable<T>,
  raw: ListingQuery,
  badDates: 'reject' | 'ignore',
): Result<T[]> {
  const bag = new ErrorBag();
  const date = (field: 'date_from' | 'date_to'): string | undefined => {
    const value = raw[field];
    if (value === undefined || parseLocalDate(value) !== null) return value;
    if (badDates === 'reject') bag.add(field, `Поле ${field} должно соответствовать формату Y-m-d.`);
    return undefined;
  };
  const query = { ...raw, date_from: date('date_from'), date_to: date('date_to') };
  if (!bag.empty) return bag.failure();
  const selected = [...items].filter((item) => {
    const day = localDate(item.createdAt);
    if (query.date_from !== undefined && day < query.date_from) return false;
    if (query.date_to !== undefined && day > query.date_to) return false;
    return query.client_id === undefined || item.clientId === query.client_id;
  });
  selected.sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
  if (query.order === 'desc') selected.reverse();
  return ok(selected);
}
