/**
 * Account-local time. Kazakhstan keeps one zone, UTC+5 (Asia/Almaty), with no daylight saving since 1 March
 * 2024, so a fixed offset is exact and needs no time-zone database.
 */
const OFFSET_MS = 5 * 3600_000;
const DAY_MS = 86_400_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function shifted(ms: number): Date {
  return new Date(ms + OFFSET_MS);
}

/** `Y-m-d` of the local day. */
export function localDate(ms: number): string {
  const d = shifted(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `H:i:s` of the local time of day. */
export function localTime(ms: number): string {
  const d = shifted(ms);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** `Y-m-d H:i:s`, the API's date-time format. */
export function localDateTime(ms: number): string {
  return `${localDate(ms)} ${localTime(ms)}`;
}

/** ISO 8601 with the +05:00 offset (the caller-ID endpoints use `format: date-time`). */
export function isoDateTime(ms: number): string {
  return `${localDate(ms)}T${localTime(ms)}+05:00`;
}

/** Seconds since local midnight. */
export function secondsOfDay(ms: number): number {
  return Math.floor((((ms + OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS / 1000);
}

/** The instant of local midnight starting the day that contains `ms`. */
export function startOfLocalDay(ms: number): number {
  return ms - secondsOfDay(ms) * 1000 - (((ms % 1000) + 1000) % 1000);
}

/** Parses a strict `Y-m-d` into the instant of that local midnight, or null if it is no real date. */
export function parseLocalDate(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(year, month - 1, day);
  const d = new Date(utc);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return utc - OFFSET_MS;
}

/** Parses a strict `H:i:s` into seconds since midnight, or null. */
export function parseTimeOfDay(text: string): number | null {
  const m = /^(\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!m) return null;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (h > 23 || min > 59 || s > 59) return null;
  return h * 3600 + min * 60 + s;
}

/** The same local wall-clock time one calendar month later (clamped to the month's last day). */
export function addLocalMonth(ms: number): number {
  const d = shifted(ms);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + 1);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d.getTime() - OFFSET_MS;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export { DAY_MS };
