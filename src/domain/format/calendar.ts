/** Calendar arithmetic on plain numbers, free of time zones. */

/** Whether year-month-day (month from 1) is a real date: no 31 April, 29 February only in leap years. */
export function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** `Y-m-d` text, which sorts like the dates it names. */
export function toYmd(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** `H:i:s` text, which sorts like the times it names. */
export function toHis(hour: number, minute: number, second = 0): string {
  return `${pad(hour)}:${pad(minute)}:${pad(second)}`;
}
