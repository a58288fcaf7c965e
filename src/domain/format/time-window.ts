import { toHis } from './calendar.js';

/** A daily calling window as the API takes it (`time_from`, `time_to`, `H:i:s`). */
export interface TimeWindow {
  readonly from: string;
  readonly to: string;
}

/** Outcome of {@link parseTimeWindow}. */
export type TimeWindowResult =
  | ({ readonly ok: true } & TimeWindow)
  | {
      readonly ok: false;
      /** `bad_format`: not two times; `out_of_range`: 25:00 or 10:75; `not_increasing`: 18-9 or 9-9. */
      readonly kind: 'bad_format' | 'out_of_range' | 'not_increasing';
      readonly input: string;
    };

const TIME = String.raw`(\d{1,2})(?:[:.](\d{2}))?`;
/** Hyphen, dashes, minus, ellipsis, or words: `9-18`, `09:00 – 18:00`, `с 9 до 18`, `from 9 to 18`. */
const WINDOW = new RegExp(
  String.raw`^(?:с|from)?\s*${TIME}\s*(?:[-\u2010-\u2015\u2212]|\.\.\.?|…|до|to)\s*${TIME}$`,
  'iu',
);

/**
 * Reads a time window people type: `09:00–18:00`, `9-18`, `09:00 - 18:00`, `9.30-18.45`,
 * `с 9 до 18`. `24` or `24:00` as the end means the whole evening and becomes `23:59:59`, the
 * API's last second of the day.
 */
export function parseTimeWindow(input: string): TimeWindowResult {
  const m = WINDOW.exec(input.trim());
  if (m === null) return { ok: false, kind: 'bad_format', input };
  const from = toSeconds(Number(m[1]), Number(m[2] ?? '0'), false);
  const to = toSeconds(Number(m[3]), Number(m[4] ?? '0'), true);
  if (from === undefined || to === undefined) return { ok: false, kind: 'out_of_range', input };
  if (from >= to) return { ok: false, kind: 'not_increasing', input };
  return { ok: true, from: secondsToHis(from), to: secondsToHis(to) };
}

const END_OF_DAY = 24 * 3600 - 1;

function toSeconds(hour: number, minute: number, isEnd: boolean): number | undefined {
  if (isEnd && hour === 24 && minute === 0) return END_OF_DAY;
  if (hour > 23 || minute > 59) return undefined;
  return hour * 3600 + minute * 60;
}

function secondsToHis(total: number): string {
  return toHis(Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60);
}
