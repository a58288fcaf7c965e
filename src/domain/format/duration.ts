import { memoiseByLanguage, type Language } from './language.js';

const unit = (name: 'hour' | 'minute' | 'second', padded: boolean) =>
  memoiseByLanguage(
    (locale) =>
      new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: name,
        unitDisplay: 'short',
        minimumIntegerDigits: padded ? 2 : 1,
      }),
  );
const UNITS = {
  hour: unit('hour', false),
  minute: unit('minute', false),
  minutePadded: unit('minute', true),
  second: unit('second', false),
  secondPadded: unit('second', true),
};

/**
 * Shows a call duration in the user's language with `Intl` unit names: `1 мин 05 с`,
 * `1 min 05 sec`, `2 сағ 00 мин 07 с`. Seconds are whole; negative or missing durations read 0.
 */
export function formatDuration(totalSeconds: number, language: Language): string {
  const seconds = Number.isFinite(totalSeconds) ? Math.max(0, Math.round(totalSeconds)) : 0;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) {
    return [UNITS.hour(language).format(h), UNITS.minutePadded(language).format(m), UNITS.secondPadded(language).format(s)].join(' ');
  }
  if (m > 0) return `${UNITS.minute(language).format(m)} ${UNITS.secondPadded(language).format(s)}`;
  return UNITS.second(language).format(s);
}
