/** Dates and times AutoCall sends (account-local, Almaty), as the person's language writes them. */
import { formatCalendarDate, formatKzDateTime, INTL_LOCALE, parseApiDateTime, type Language } from '../../../../domain/format/index.js';

const shortFormats = new Map<Language, Intl.DateTimeFormat>();

/** `25.12.26` (ru, kk) or `12/25/26` (en) from `Y-m-d…`: short enough for a button. Other text unchanged. */
export function shortDate(ymd: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ymd);
  if (!m) return ymd;
  let format = shortFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[language], { day: '2-digit', month: '2-digit', year: '2-digit', timeZone: 'UTC' });
    shortFormats.set(language, format);
  }
  return format.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** `Y-m-d H:i:s` from AutoCall as `11 апр. 2024 г., 22:14`; a value that is no such time is shown as sent. */
export function apiDateTime(value: string | null | undefined, language: Language): string {
  if (!value) return '—';
  const parsed = parseApiDateTime(value);
  return parsed.ok ? formatKzDateTime(parsed.date, language) : value;
}

/** A `date_from` (`Y-m-d`) as `25 дек. 2026 г.`. */
export function calendarDate(value: string | undefined, language: Language): string {
  return value ? formatCalendarDate(value, language) : '—';
}

/** `09:00:00` → `09:00`: the seconds of a calling window are always zero for people. */
export function clockTime(value: string | undefined): string {
  return value ? value.replace(/^(\d{2}:\d{2}):\d{2}$/, '$1') : '—';
}
