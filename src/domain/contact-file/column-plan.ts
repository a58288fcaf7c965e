import { isNumberShaped, normalisePhone, type PhoneKind } from '../phone/index.js';
import { cellText } from './cell-text.js';
import { extraHeaderWeight, phoneHeaderWeight } from './header-words.js';
import { uniqueVariableKeys } from './variable-keys.js';

/** What a file's column is used for. */
export type ColumnRole = 'phone' | 'extra' | 'variable' | 'empty';

/** One column as the bot understood it, for showing the person before the upload. */
export interface ColumnInfo {
  /** From 0. */
  readonly index: number;
  readonly header?: string;
  readonly role: ColumnRole;
  /** The `{{key}}` its values are known by in SMS templates; the note column has one too. */
  readonly variable?: string;
}

/** How rows are turned into contacts. */
export interface ColumnPlan {
  readonly hasHeader: boolean;
  readonly phone: number;
  readonly extra?: number;
  readonly variables: readonly { readonly index: number; readonly key: string }[];
  readonly columns: readonly ColumnInfo[];
}

const LETTER = /\p{L}/u;
/** A column is the phone column by content when this share of its filled cells are numbers. */
const MOSTLY = 0.5;

interface ColumnStats {
  readonly index: number;
  readonly header: string | undefined;
  readonly filled: number;
  readonly numbers: number;
  readonly worded: number;
}

/**
 * Decides which column holds phones, which the note, and which become SMS variables, from the
 * first rows of a file. The first row is a header when none of its cells is a phone number and
 * some have words. The phone column is the one a header names (`Телефон`, `Номер`, `Нөмір`, ...)
 * if its cells are mostly numbers, else the one with the most numbers. Returns `undefined` when
 * no column holds a single number.
 */
export function planColumns(sample: readonly (readonly string[])[], kind: PhoneKind): ColumnPlan | undefined {
  const first = sample[0] ?? [];
  const hasHeader =
    first.some((c) => LETTER.test(c)) && !first.some((c) => looksLikePhone(cellText(c), kind));
  const headers = hasHeader ? first.map((h) => h.trim()) : [];
  const rows = hasHeader ? sample.slice(1) : sample;
  const width = Math.max(0, ...sample.map((r) => r.length));
  const stats = Array.from({ length: width }, (_, index) => columnStats(rows, index, headers[index], kind));
  const phone = pickPhone(stats);
  if (phone === undefined) return undefined;
  const extra = pickExtra(stats, phone, hasHeader);
  const used = stats.filter((s) => s.index !== phone && (s.filled > 0 || (s.header ?? '') !== ''));
  const keys = uniqueVariableKeys(used.map((s) => ({ index: s.index, header: s.header })));
  const variables = used.map((s, i) => ({ index: s.index, key: keys[i] ?? `col${s.index + 1}` }));
  const columns = stats.map((s): ColumnInfo => {
    const role: ColumnRole = s.index === phone ? 'phone' : s.index === extra ? 'extra' : used.includes(s) ? 'variable' : 'empty';
    const variable = variables.find((v) => v.index === s.index)?.key;
    return {
      index: s.index,
      role,
      ...(s.header === undefined || s.header === '' ? {} : { header: s.header }),
      ...(variable === undefined ? {} : { variable }),
    };
  });
  return { hasHeader, phone, ...(extra === undefined ? {} : { extra }), variables, columns };
}

function columnStats(rows: readonly (readonly string[])[], index: number, header: string | undefined, kind: PhoneKind): ColumnStats {
  let filled = 0;
  let numbers = 0;
  let worded = 0;
  for (const row of rows) {
    const cell = cellText(row[index] ?? '');
    if (cell === '') continue;
    filled += 1;
    if (looksLikePhone(cell, kind)) numbers += 1;
    else if (LETTER.test(cell)) worded += 1;
  }
  return { index, header, filled, numbers, worded };
}

/**
 * A phone number, valid or not, or one Excel turned into `7,70112E+10`: a column of those is still
 * the phone column, and each row then says what went wrong with it.
 */
function looksLikePhone(cell: string, kind: PhoneKind): boolean {
  const result = normalisePhone(cell, kind);
  return isNumberShaped(result) || (!result.ok && result.kind === 'excel_scientific');
}

/** A named column confirmed by its content, else the most numbers, else a named column anyway. */
function pickPhone(stats: readonly ColumnStats[]): number | undefined {
  const named = stats
    .filter((s) => phoneHeaderWeight(s.header ?? '') > 0 && s.filled > 0)
    .sort((a, b) => phoneHeaderWeight(b.header ?? '') - phoneHeaderWeight(a.header ?? '') || b.numbers - a.numbers);
  const confirmed = named.find((s) => s.numbers >= s.filled * MOSTLY);
  if (confirmed !== undefined) return confirmed.index;
  const byContent = stats.filter((s) => s.numbers > 0).sort((a, b) => b.numbers - a.numbers || a.index - b.index)[0];
  return byContent?.index ?? named[0]?.index;
}

/** By header when there is one; without, the first column whose cells are mostly words. */
function pickExtra(stats: readonly ColumnStats[], phone: number, hasHeader: boolean): number | undefined {
  const others = stats.filter((s) => s.index !== phone);
  if (hasHeader) {
    const best = others
      .filter((s) => extraHeaderWeight(s.header ?? '') > 0)
      .sort((a, b) => extraHeaderWeight(b.header ?? '') - extraHeaderWeight(a.header ?? '') || a.index - b.index)[0];
    return best?.index;
  }
  return others.find((s) => s.filled > 0 && s.worded >= s.filled * MOSTLY)?.index;
}
