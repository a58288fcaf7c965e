import { isNumberShaped, normalisePhone, type PhoneKind, type PhoneResult } from '../phone/index.js';

/** Where a number attempt sits in a line, and how it normalised. */
export interface PhoneSpan {
  readonly start: number;
  readonly end: number;
  readonly result: PhoneResult;
}

/** Digits with the separators people put inside numbers; starts with `+` or `(` at most. */
const RUN = /\+?\(?\d(?:[\d\s\u00A0\u202F\-\u2010-\u2015\u2212.()]*\d)?/gu;
const TOKEN = /\S+/gu;
const DIGIT = /\d/gu;
/** Shorter digit runs are house numbers, sums, dates: text, not number attempts. */
const MIN_DIGITS = 5;
/** `8 ( 701 ) 123 - 45 - 67` is the most a single number is spread over. */
const MAX_TOKENS_PER_NUMBER = 9;

function digitCount(text: string): number {
  return text.match(DIGIT)?.length ?? 0;
}

/**
 * Finds the number attempts in one line of pasted text. A run of digits that is not one number
 * (`87011234567 87021234567`, `+77011234567 15000`) is split on spaces into the pieces that
 * make the most valid numbers; pieces left over are text.
 */
export function findPhoneSpans(line: string, kind: PhoneKind): PhoneSpan[] {
  const spans: PhoneSpan[] = [];
  for (const run of line.matchAll(RUN)) {
    if (digitCount(run[0]) < MIN_DIGITS) continue;
    const result = normalisePhone(run[0], kind);
    const start = run.index;
    if (isNumberShaped(result)) {
      spans.push({ start, end: start + run[0].length, result });
      continue;
    }
    const pieces = splitRun(run[0], kind).map((p) => ({ ...p, start: start + p.start, end: start + p.end }));
    spans.push(...(pieces.length > 0 ? pieces : [{ start, end: start + run[0].length, result }]));
  }
  return spans;
}

/** Best way found to read the tokens up to a point; a chain back to the start. */
interface Plan {
  readonly score: number;
  readonly span?: PhoneSpan;
  readonly previous?: Plan;
}

/** Dynamic programming over the run's space-separated tokens, bounded by the tokens a number spans. */
function splitRun(run: string, kind: PhoneKind): PhoneSpan[] {
  const tokens = Array.from(run.matchAll(TOKEN), (m) => ({ start: m.index, end: m.index + m[0].length }));
  const best: (Plan | undefined)[] = [{ score: 0 }];
  tokens.forEach((first, i) => {
    const here = best[i];
    if (here === undefined) return;
    offer(best, i + 1, { score: here.score, previous: here });
    for (const [j, last] of tokens.slice(i, i + MAX_TOKENS_PER_NUMBER).entries()) {
      const result = normalisePhone(run.slice(first.start, last.end), kind);
      if (!isNumberShaped(result)) continue;
      const span = { start: first.start, end: last.end, result };
      offer(best, i + j + 1, { score: here.score + (result.ok ? 1000 : 1), span, previous: here });
    }
  });
  const spans: PhoneSpan[] = [];
  for (let plan = best[tokens.length]; plan !== undefined; plan = plan.previous) {
    if (plan.span !== undefined) spans.unshift(plan.span);
  }
  return spans;
}

function offer(best: (Plan | undefined)[], at: number, plan: Plan): void {
  const current = best[at];
  if (current === undefined || plan.score > current.score) best[at] = plan;
}
