/**
 * Rescheduling a campaign that has not started (AutoCall edits only `awaiting` and `moderation` ones): what a call
 * or SMS campaign's schedule is, whether an edited one still makes sense today and inside the account's allowed
 * hours, and the PUT body that sends only what changed. Dates are `Y-m-d`, times `H:i:s`, Kazakhstan wall clock.
 */
import { checkCallWindow, type KzNow, timeInside } from '../campaign/index.js';
import type { TimeWindow } from '../format/index.js';

/** The retry intervals (minutes) the contract allows. */
export const TRIES_INTERVALS = [15, 30, 60, 120] as const;
export type TriesInterval = (typeof TRIES_INTERVALS)[number];

/** A call campaign's editable schedule. */
export interface CallSchedule {
  readonly kind: 'call';
  readonly name: string;
  readonly date: string;
  readonly window: TimeWindow;
  readonly interval: TriesInterval;
}

/** An SMS campaign's editable schedule: it goes out once, at `time` on `date`. */
export interface SmsSchedule {
  readonly kind: 'sms';
  readonly name: string;
  readonly date: string;
  readonly time: string;
}

export type Schedule = CallSchedule | SmsSchedule;

/** What must be chosen again, and why. */
export type ScheduleProblem =
  | { readonly part: 'date'; readonly kind: 'past' }
  | { readonly part: 'window'; readonly kind: 'outside_allowed' | 'already_over' }
  | { readonly part: 'time'; readonly kind: 'outside_allowed' | 'past' };

/**
 * Checks the parts an edit touched (a date or hours left as they were are AutoCall's business): a new date is
 * today or later, and a new date or hours fit the allowed hours and, today, are not over yet.
 */
export function scheduleProblem(before: Schedule, after: Schedule, context: { allowed: TimeWindow; now: KzNow }): ScheduleProblem | null {
  const dateChanged = after.date !== before.date;
  if (dateChanged && after.date < context.now.date) return { part: 'date', kind: 'past' };
  if (after.kind === 'call' && before.kind === 'call') {
    if (!dateChanged && sameWindow(after.window, before.window)) return null;
    const check = checkCallWindow(after.window, { allowed: context.allowed, date: after.date, now: context.now });
    return check.ok ? null : { part: 'window', kind: check.kind };
  }
  if (after.kind === 'sms' && before.kind === 'sms') {
    if (!dateChanged && after.time === before.time) return null;
    if (!timeInside(after.time, context.allowed)) return { part: 'time', kind: 'outside_allowed' };
    if (after.date === context.now.date && after.time <= context.now.time) return { part: 'time', kind: 'past' };
  }
  return null;
}

/** `PUT /autocalls/{id}` or `PUT /bulks/{id}` fields that changed; empty when nothing did. */
export interface ScheduleUpdate {
  name?: string;
  date_from?: string;
  time_from?: string;
  time_to?: string;
  tries_interval?: TriesInterval;
}

export function scheduleUpdate(before: Schedule, after: Schedule): ScheduleUpdate {
  const update: ScheduleUpdate = {};
  if (after.name !== before.name) update.name = after.name;
  if (after.date !== before.date) update.date_from = after.date;
  if (after.kind === 'call' && before.kind === 'call') {
    if (after.window.from !== before.window.from) update.time_from = after.window.from;
    if (after.window.to !== before.window.to) update.time_to = after.window.to;
    if (after.interval !== before.interval) update.tries_interval = after.interval;
  }
  if (after.kind === 'sms' && before.kind === 'sms' && after.time !== before.time) update.time_from = after.time;
  return update;
}

function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  return a.from === b.from && a.to === b.to;
}

/** AutoCall's limit on campaign names, in UTF-16 units as its validator counts them (an emoji is two). */
export const CAMPAIGN_NAME_MAX = 40;

/** A campaign name as AutoCall takes it, trimmed; null when it is empty or too long. */
export function readCampaignName(text: string): string | null {
  const name = text.trim();
  return name.length >= 1 && name.length <= CAMPAIGN_NAME_MAX ? name : null;
}
