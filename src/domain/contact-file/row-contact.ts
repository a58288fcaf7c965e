import { clip, EXTRA_MAX_LENGTH, VARIABLE_VALUE_MAX_LENGTH, type ContactAccumulator } from '../contacts/index.js';
import { normalisePhone, phoneError, type PhoneKind } from '../phone/index.js';
import { cellText } from './cell-text.js';
import type { ColumnPlan } from './column-plan.js';

/**
 * Turns one spreadsheet row into a contact (or a rejection naming the row). Empty rows, which
 * exports are full of, are skipped without a word.
 */
export function readRow(cells: readonly string[], row: number, plan: ColumnPlan, kind: PhoneKind, out: ContactAccumulator): void {
  const texts = cells.map(cellText);
  if (texts.every((t) => t === '')) return;
  const phone = texts[plan.phone] ?? '';
  const result = normalisePhone(phone, kind);
  if (!result.ok) {
    // An empty phone cell is shown by the rest of its row, so the person can find it.
    out.reject({ line: row, text: phone === '' ? texts.filter((t) => t !== '').join('; ') : phone, reason: phoneError(result) });
    return;
  }
  let truncated = 0;
  let variables: Record<string, string> | undefined;
  for (const { index, key } of plan.variables) {
    const value = clip(texts[index] ?? '', VARIABLE_VALUE_MAX_LENGTH);
    if (value.text === '') continue;
    variables ??= {};
    variables[key] = value.text;
    if (value.truncated) truncated += 1;
  }
  const extra = clip(plan.extra === undefined ? '' : (texts[plan.extra] ?? ''), EXTRA_MAX_LENGTH);
  if (extra.truncated) truncated += 1;
  if (truncated > 0) out.noteTruncated(truncated);
  // Built field by field rather than spread: this runs once per row of a 100,000-row file.
  const entry: { number: string; extra?: string; variables?: Record<string, string>; line: number } = { number: result.e164, line: row };
  if (extra.text !== '') entry.extra = extra.text;
  if (variables !== undefined) entry.variables = variables;
  out.accept(entry);
}
