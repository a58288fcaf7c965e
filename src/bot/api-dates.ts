/** AutoCall's `Y-m-d H:i:s` timestamps (Kazakhstan time) as people read dates in their language. */
import { formatKzDateTime, parseApiDateTime } from '../domain/format/index.js';
import type { Language } from './i18n.js';

/** `11 апр. 2024 г., 22:14`; a value that is not a timestamp is shown as it came. */
export function showApiDate(value: string, lang: Language): string {
  const parsed = parseApiDateTime(value);
  return parsed.ok ? formatKzDateTime(parsed.date, lang) : value;
}
