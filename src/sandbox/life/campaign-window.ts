/**
 * When a campaign may run: from its start date, each day between its local start and end time (Asia/Almaty).
 */
import { DAY_MS, localDate, parseLocalDate, parseTimeOfDay, secondsOfDay, startOfLocalDay } from '../core/almaty-time.js';

export interface Window {
  dateFrom: string;
  timeFrom: string;
  timeTo: string;
}

function bounds(window: Window): { from: number; to: number } {
  return { from: parseTimeOfDay(window.timeFrom) ?? 0, to: parseTimeOfDay(window.timeTo) ?? 86_399 };
}

export function inWindow(window: Window, at: number): boolean {
  if (localDate(at) < window.dateFrom) return false;
  const { from, to } = bounds(window);
  const now = secondsOfDay(at);
  return from <= now && now <= to;
}

/** The next instant after `at` when the window opens. */
export function nextWindowOpening(window: Window, at: number): number {
  const { from } = bounds(window);
  const firstDay = parseLocalDate(window.dateFrom) ?? startOfLocalDay(at);
  let day = Math.max(startOfLocalDay(at), firstDay);
  while (day + from * 1000 <= at) day += DAY_MS;
  return day + from * 1000;
}
