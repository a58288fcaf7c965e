export { formatDuration } from './duration.js';
export {
  formatCalendarDate,
  formatKzDateTime,
  kzOffsetHours,
  kzToday,
  parseApiDateTime,
  toApiDateTime,
  type ApiDateTimeResult,
  type KzTimeError,
} from './kz-time.js';
export { INTL_LOCALE, type Language } from './language.js';
export { formatCount, formatMoney } from './numbers.js';
export { progressBar } from './progress-bar.js';
export { parseTimeWindow, type TimeWindow, type TimeWindowResult } from './time-window.js';
export { parseUserDate, type UserDateResult } from './user-date.js';
