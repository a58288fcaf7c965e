/**
 * The week's activity as the chart module draws it: one bar per day (oldest first), one colour per call outcome,
 * days and outcomes named in the person's language.
 */
import type { DayActivity } from '../../../api/index.js';
import type { StackedBarChart } from '../../../domain/chart/index.js';
import { memoiseByLanguage } from '../../../domain/format/language.js';
import type { Language } from '../../i18n.js';

/** Outcomes in stacking order (success at the bottom) with their colours: greens good, ambers unanswered, reds bad. */
export const CALL_OUTCOMES = [
  ['success', '#2e7d32'],
  ['recalled', '#26a69a'],
  ['no_answer', '#ffb300'],
  ['busy', '#fb8c00'],
  ['error', '#e53935'],
  ['spam', '#8e24aa'],
] as const satisfies readonly (readonly [keyof DayActivity, string])[];

export type CallOutcome = (typeof CALL_OUTCOMES)[number][0];

const weekday = memoiseByLanguage((locale) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }));
const dayAndMonth = memoiseByLanguage((locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }));

/** `пн\n23 нояб.` for `2026-11-23`; a key that is no date is shown as it came. */
export function dayLabel(ymd: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!match) return ymd;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return `${weekday(lang).format(date)}\n${dayAndMonth(lang).format(date)}`;
}

export function weekChart(
  week: Readonly<Record<string, DayActivity>>,
  texts: { title: string; outcome: (outcome: CallOutcome) => string },
  lang: Language,
): Omit<StackedBarChart, 'fontFamily'> {
  const days = Object.keys(week).sort();
  return {
    title: texts.title,
    categories: days.map((day) => dayLabel(day, lang)),
    series: CALL_OUTCOMES.map(([outcome, color]) => ({
      name: texts.outcome(outcome),
      color,
      values: days.map((day) => week[day]?.[outcome] ?? 0),
    })),
  };
}
