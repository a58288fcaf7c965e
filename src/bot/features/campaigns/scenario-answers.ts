/**
 * What an interactive call collected (`data` of a call: pressed keys, recorded answers, the path taken), as lines
 * a person can read. The contract leaves its shape open, so nested objects and arrays are walked into
 * `path: value` pairs (`answers.1.file: rec-…wav`) rather than assumed.
 */

/** A long scenario still fits in a card: beyond this many answers the rest is counted, not shown. */
export const MAX_ANSWER_LINES = 20;
const MAX_VALUE_LENGTH = 100;

export interface AnswerLine {
  path: string;
  value: string;
}

function leaf(value: unknown): string {
  const text = typeof value === 'string' ? value : value === null || value === undefined ? '—' : JSON.stringify(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

function walk(value: unknown, path: string, into: AnswerLine[]): void {
  if (Array.isArray(value)) {
    if (value.length === 0) into.push({ path, value: '—' });
    value.forEach((item, index) => walk(item, path === '' ? String(index + 1) : `${path}.${index + 1}`, into));
    return;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0 && path !== '') into.push({ path, value: '—' });
    for (const [key, item] of entries) walk(item, path === '' ? key : `${path}.${key}`, into);
    return;
  }
  into.push({ path, value: leaf(value) });
}

/** Every answer as a `path: value` line (arrays counted from 1, as people count steps). */
export function answerLines(data: Record<string, unknown> | null | undefined): AnswerLine[] {
  if (!data) return [];
  const lines: AnswerLine[] = [];
  walk(data, '', lines);
  return lines;
}
