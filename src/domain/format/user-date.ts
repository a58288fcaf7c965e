import { isRealDate, toYmd } from './calendar.js';

/** Outcome of {@link parseUserDate}: `Y-m-d`, or why the text is not a date. */
export type UserDateResult =
  | { readonly ok: true; readonly ymd: string }
  | { readonly ok: false; readonly kind: 'bad_format' | 'invalid_date'; readonly input: string };

const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})(?:[./-](\d{2}|\d{4}))?$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Reads a date people type: `25.12`, `25.12.2026`, `25.12.26`, `25/12/2026`, `2026-12-25`.
 * Without a year it is the next such day from `today` (`Y-m-d`, Kazakhstan time): in December
 * `10.01` is next January, as a campaign date is never in the past. Words like "today" are the
 * caller's: they depend on the language.
 */
export function parseUserDate(input: string, today: string): UserDateResult {
  const text = input.trim();
  const iso = ISO.exec(text);
  if (iso !== null) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]), input);
  const m = DAY_FIRST.exec(text);
  if (m === null) return { ok: false, kind: 'bad_format', input };
  const day = Number(m[1]);
  const month = Number(m[2]);
  const typedYear = m[3];
  if (typedYear !== undefined) return checked(typedYear.length === 2 ? 2000 + Number(typedYear) : Number(typedYear), month, day, input);
  const thisYear = Number(today.slice(0, 4));
  const candidate = checked(thisYear, month, day, input);
  // 29.02 in a common year is refused rather than moved to a leap year years away.
  if (!candidate.ok || candidate.ymd >= today) return candidate;
  return checked(thisYear + 1, month, day, input);
}

function checked(year: number, month: number, day: number, input: string): UserDateResult {
  return isRealDate(year, month, day) ? { ok: true, ymd: toYmd(year, month, day) } : { ok: false, kind: 'invalid_date', input };
}
