import { ContactAccumulator, readContactLine } from '../contacts/index.js';
import type { PhoneKind } from '../phone/index.js';
import { cellText } from './cell-text.js';
import { planColumns, type ColumnInfo } from './column-plan.js';
import { readRow } from './row-contact.js';

/** How a file's rows become contacts, decided from its first rows. */
export interface RowPlan {
  /** `columns`: a table with a phone column; `lines`: one cell per row of free text, read like a message. */
  readonly layout: 'columns' | 'lines';
  readonly hasHeader: boolean;
  readonly columns: readonly ColumnInfo[];
  /** Adds the contacts of one row (or its rejection) to `out`. */
  readonly read: (cells: readonly string[], row: number, out: ContactAccumulator) => void;
}

const DIGIT = /\d/u;

function filledText(cells: readonly string[]): string {
  return cells
    .map(cellText)
    .filter((c) => c !== '')
    .join(' ');
}

/**
 * Plans a table by its columns; a file with one filled cell per row (a `.txt` of numbers with
 * names, one column of numbers) is read line by line like a pasted message, so
 * `Иванов +77011234567` works in a file as in a chat. `undefined` when no phone is found.
 */
export function planRows(sample: readonly (readonly string[])[], kind: PhoneKind): RowPlan | undefined {
  const oneCellPerRow = sample.every((cells) => cells.filter((c) => cellText(c) !== '').length <= 1);
  if (!oneCellPerRow) {
    const plan = planColumns(sample, kind);
    if (plan === undefined) return undefined;
    return { layout: 'columns', hasHeader: plan.hasHeader, columns: plan.columns, read: (cells, row, out) => readRow(cells, row, plan, kind, out) };
  }
  const first = filledText(sample[0] ?? []);
  const hasHeader = !DIGIT.test(first);
  const read = (cells: readonly string[], row: number, out: ContactAccumulator) => {
    const line = filledText(cells);
    if (line !== '') readContactLine(line, row, kind, out);
  };
  const trial = new ContactAccumulator();
  sample.slice(hasHeader ? 1 : 0).forEach((cells, i) => read(cells, i + 1, trial));
  const found = trial.result();
  if (found.valid.length === 0 && found.invalid.every((e) => e.reason.kind === 'no_phone')) return undefined;
  const columns: ColumnInfo[] = [{ index: 0, role: 'phone', ...(hasHeader ? { header: first } : {}) }];
  return { layout: 'lines', hasHeader, columns, read };
}
