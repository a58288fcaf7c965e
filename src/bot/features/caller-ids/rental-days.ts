/** How long a rented caller ID has left, from the `rented_until` AutoCall sends (ISO with offset, or local time). */
import { parseApiDateTime } from '../../../domain/format/index.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Fewer days than this and the rental is highlighted: time to renew or to pick another number. */
export const EXPIRY_WARNING_DAYS = 7;

/** Whole days left, counting a started day as one (0 once it has ended); null when the date cannot be read. */
export function daysLeft(rentedUntil: string | undefined, now: number): number | null {
  if (rentedUntil === undefined) return null;
  const parsed = parseApiDateTime(rentedUntil);
  if (!parsed.ok) return null;
  return Math.max(0, Math.ceil((parsed.date.getTime() - now) / DAY_MS));
}

export function expiresSoon(days: number | null): boolean {
  return days !== null && days < EXPIRY_WARNING_DAYS;
}
