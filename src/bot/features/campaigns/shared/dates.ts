/** Dates and times of a campaign's schedule (account-local, Almaty), as the person's language writes them. */
import { formatCalendarDate, INTL_LOCALE, type Language } from '../../../../domain/format/index.js';

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

/** A `date_from` (`Y-m-d`) as `25 дек. 2026 г.`. */
export function calendarDate(value: string | undefined, language: Language): string {
  return value ? formatCalendarDate(value, language) : '—';
}

/** `09:00:00` → `09:00`: the seconds of a calling window are always zero for people. */
export function clockTime(value: string | undefined): string {
  return value ? value.replace(/^(\d{2}:\d{2}):\d{2}$/, '$1') : '—';
}
