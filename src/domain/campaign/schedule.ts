/**
 * When a campaign runs, in Kazakhstan wall-clock time (AutoCall's `date_from`, `time_from`, `time_to`): the daily
 * calling window checked against the account's allowed hours, and the date and time an SMS campaign is sent at,
 * typed the way people write them. Times are `H:i:s` and dates `Y-m-d`, which compare correctly as text.
 */
import { toHis, toYmd } from '../format/calendar.js';
import { parseUserDate, toApiDateTime, type TimeWindow } from '../format/index.js';

/** The current Kazakhstan date and time of day. */
export interface KzNow {
  readonly date: string;
  readonly time: string;
}

/** Splits an instant into Kazakhstan's `Y-m-d` and `H:i:s`. */
export function kzNow(instant: Date): KzNow {
  const [date = '', time = ''] = toApiDateTime(instant).split(' ');
  return { date, time };
}

/** The calendar date `days` after `ymd` (negative goes back). */
export function addDays(ymd: string, days: number): string {
  const [year = 0, month = 1, day = 1] = ymd.split('-').map(Number);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return toYmd(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** Outcome of {@link parseClockTime}. */
export type ClockTimeResult =
  | { readonly ok: true; readonly time: string }
  | { readonly ok: false; readonly kind: 'bad_format' | 'out_of_range'; readonly input: string };

const CLOCK = /^(\d{1,2})(?:[:.](\d{2})(?::(\d{2}))?)?$/;

/** Reads a time of day people type (`10:00`, `9:30`, `9.30`, `14`) or the API writes (`23:59:59`). */
export function parseClockTime(input: string): ClockTimeResult {
  const m = CLOCK.exec(input.trim());
  if (m === null) return { ok: false, kind: 'bad_format', input };
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  const second = Number(m[3] ?? '0');
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, kind: 'out_of_range', input };
  return { ok: true, time: toHis(hour, minute, second) };
}

/** Whether a time of day lies inside the window (ends included). */
export function timeInside(time: string, window: TimeWindow): boolean {
  return time >= window.from && time <= window.to;
}

/** Outcome of {@link checkCallWindow}. */
export type CallWindowCheck =
  | { readonly ok: true }
  /** The account's settings allow calls only inside `allowed`. */
  | { readonly ok: false; readonly kind: 'outside_allowed' }
  /** The campaign starts today and today's window has already closed. */
  | { readonly ok: false; readonly kind: 'already_over' };

/**
 * Checks a daily calling window for a campaign starting on `date`: it must lie inside the hours the account
 * allows, and when the campaign starts today the window must not be over already (it would start tomorrow
 * at the earliest, which nobody expects from "today").
 */
export function checkCallWindow(window: TimeWindow, context: { allowed: TimeWindow; date: string; now: KzNow }): CallWindowCheck {
  if (window.from < context.allowed.from || window.to > context.allowed.to) return { ok: false, kind: 'outside_allowed' };
  if (context.date === context.now.date && window.to <= context.now.time) return { ok: false, kind: 'already_over' };
  return { ok: true };
}

/** Outcome of {@link parseSendAt}: the date and time an SMS campaign goes out. */
export type SendAtResult =
  | { readonly ok: true; readonly date: string; readonly time: string }
  | { readonly ok: false; readonly kind: 'bad_format' | 'invalid_date' | 'out_of_range' | 'past'; readonly input: string };

/**
 * Reads a send date and time: `25.12 10:00`, `25.12.2026 9:30`, `2026-12-25 10:00`, `10:00 25.12`, or only a
 * time (`14:30`: today). A date without a year is its next occurrence; the result must be later than now.
 */
export function parseSendAt(input: string, now: KzNow): SendAtResult {
  const tokens = input.trim().split(/[\s,]+/u).filter((token) => token !== '');
  const [first, second] = tokens;
  if (first === undefined || tokens.length > 2) return { ok: false, kind: 'bad_format', input };
  const [datePart, timePart] = second === undefined ? [undefined, first] : first.includes(':') ? [second, first] : [first, second];
  const time = parseClockTime(timePart);
  if (!time.ok) return { ok: false, kind: time.kind, input };
  let date = now.date;
  if (datePart !== undefined) {
    const parsed = parseUserDate(datePart, now.date);
    if (!parsed.ok) return { ok: false, kind: parsed.kind, input };
    date = parsed.ymd;
  }
  if (date < now.date || (date === now.date && time.time <= now.time)) return { ok: false, kind: 'past', input };
  return { ok: true, date, time: time.time };
}

/** Outcome of {@link parseStartDate}. */
export type StartDateResult =
  | { readonly ok: true; readonly date: string }
  | { readonly ok: false; readonly kind: 'bad_format' | 'invalid_date' | 'past'; readonly input: string };

/** A campaign's start date as typed (`25.12`, `25.12.2026`, `2026-12-25`): today or later. */
export function parseStartDate(input: string, today: string): StartDateResult {
  const parsed = parseUserDate(input, today);
  if (!parsed.ok) return parsed;
  if (parsed.ymd < today) return { ok: false, kind: 'past', input };
  return { ok: true, date: parsed.ymd };
}

