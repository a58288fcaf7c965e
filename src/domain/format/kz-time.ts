import { isRealDate, toHis, toYmd } from './calendar.js';
import { memoiseByLanguage, type Language } from './language.js';

/**
 * Kazakhstan time. The whole country moved to UTC+5 on 1 March 2024 (Almaty and Astana had been
 * UTC+6). The offsets are fixed here rather than read from `Asia/Almaty` in the tz database,
 * because a Node build or container with tzdata older than 2024a still shows UTC+6 and every
 * time would be an hour off. AutoCall runs on Almaty time, so dates before the switch are +06:00.
 */

const HOUR_MS = 3_600_000;
/** 2024-03-01 00:00 in Almaty, still at +06:00: 2024-02-29 18:00 UTC. */
const UTC5_FROM_MS = Date.UTC(2024, 1, 29, 18);
/** Local wall-clock time of the switch, for reading local times (`Y-m-d H:i:s` sorts as text). */
const UTC5_FROM_LOCAL = '2024-03-01 00:00:00';

/** Kazakhstan's offset from UTC in hours at an instant. */
export function kzOffsetHours(instant: Date): 5 | 6 {
  return instant.getTime() >= UTC5_FROM_MS ? 5 : 6;
}

/** A local time of day or date-time that does not exist or could not be read. */
export interface KzTimeError {
  readonly ok: false;
  readonly kind: 'bad_format' | 'invalid_date';
  readonly input: string;
}

/** Outcome of {@link parseApiDateTime}. */
export type ApiDateTimeResult = { readonly ok: true; readonly date: Date } | KzTimeError;

const API_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads the API's `Y-m-d H:i:s` (Kazakhstan wall-clock time) into an instant. An explicit offset
 * or `Z`, as an ISO date-time carries, is honoured instead.
 */
export function parseApiDateTime(input: string): ApiDateTimeResult {
  const m = API_DATE_TIME.exec(input.trim());
  if (m === null) return { ok: false, kind: 'bad_format', input };
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [
    number, number, number, number, number, number,
  ];
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, kind: 'invalid_date', input };
  }
  const local = `${toYmd(year, month, day)} ${toHis(hour, minute, second)}`;
  const zone = m[7];
  const offsetHours = zone === undefined ? (local >= UTC5_FROM_LOCAL ? 5 : 6) : zoneHours(zone);
  return { ok: true, date: new Date(Date.UTC(year, month - 1, day, hour, minute, second) - offsetHours * HOUR_MS) };
}

function zoneHours(zone: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) + Number(digits.slice(2)) / 60);
}

/** The instant shifted so that its UTC fields read as Kazakhstan wall-clock time. */
function kzWallClock(instant: Date): Date {
  return new Date(instant.getTime() + kzOffsetHours(instant) * HOUR_MS);
}

/** Today's date in Kazakhstan as `Y-m-d`: the API's `date_from` and the base for typed dates. */
export function kzToday(now: Date): string {
  return kzWallClock(now).toISOString().slice(0, 10);
}

/** An instant as the API's `Y-m-d H:i:s` in Kazakhstan time. */
export function toApiDateTime(instant: Date): string {
  return kzWallClock(instant).toISOString().slice(0, 19).replace('T', ' ');
}

// Formatting in UTC the already-shifted instant keeps the tz database out of it (see above).
const dateTimeFormat = memoiseByLanguage(
  (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone: 'UTC' }),
);
const dateFormat = memoiseByLanguage((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));

/** Shows an instant in Kazakhstan time: `11 апр. 2024 г., 22:14` (ru), `Apr 11, 2024, 22:14` (en). */
export function formatKzDateTime(instant: Date, language: Language): string {
  return dateTimeFormat(language).format(kzWallClock(instant));
}

/** Shows a calendar date given as `Y-m-d` (a `date_from`): `25 дек. 2026 г.`; other text unchanged. */
export function formatCalendarDate(ymd: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (m === null) return ymd;
  return dateFormat(language).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}
