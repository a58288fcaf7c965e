/** How a campaign's schedule reads in the edit wizard: hours, dates, and what an edit changes. */
import type { WizardContext } from '../../bot/context.js';
import { formatCalendarDate, type TimeWindow } from '../../domain/format/index.js';
import type { Schedule } from '../../domain/reschedule/index.js';

/** `09:00:00` → `09:00` (AutoCall's last second of the day, `23:59:59`, reads `23:59`). */
export function clock(time: string): string {
  return time.slice(0, 5);
}

export function windowText(window: TimeWindow): string {
  return `${clock(window.from)}–${clock(window.to)}`;
}

export function dateText(ctx: WizardContext, ymd: string): string {
  return formatCalendarDate(ymd, ctx.viewer.lang);
}

/** One line per changed part: `Hours: 09:00–18:00 → 10:00–20:00`. */
export function changeLines(ctx: WizardContext, before: Schedule, after: Schedule): string[] {
  const line = (label: string, from: string, to: string) => ctx.t('schedule-change', { label: ctx.t(label), from, to });
  const lines: string[] = [];
  if (after.name !== before.name) lines.push(line('schedule-label-name', before.name, after.name));
  if (after.date !== before.date) lines.push(line('schedule-label-date', dateText(ctx, before.date), dateText(ctx, after.date)));
  if (after.kind === 'call' && before.kind === 'call') {
    if (windowText(after.window) !== windowText(before.window)) lines.push(line('schedule-label-window', windowText(before.window), windowText(after.window)));
    if (after.interval !== before.interval) lines.push(line('schedule-label-interval', minutes(ctx, before.interval), minutes(ctx, after.interval)));
  }
  if (after.kind === 'sms' && before.kind === 'sms' && after.time !== before.time) lines.push(line('schedule-label-time', clock(before.time), clock(after.time)));
  return lines;
}

/** The whole schedule, one part a line (the result message). */
export function scheduleLines(ctx: WizardContext, schedule: Schedule): string[] {
  const line = (label: string, value: string) => ctx.t('schedule-line', { label: ctx.t(label), value });
  const lines = [line('schedule-label-name', schedule.name), line('schedule-label-date', dateText(ctx, schedule.date))];
  if (schedule.kind === 'call') lines.push(line('schedule-label-window', windowText(schedule.window)), line('schedule-label-interval', minutes(ctx, schedule.interval)));
  else lines.push(line('schedule-label-time', clock(schedule.time)));
  return lines;
}

export function minutes(ctx: WizardContext, value: number): string {
  return ctx.t('schedule-minutes', { minutes: value });
}
