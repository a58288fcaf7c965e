/**
 * CSV documents people open in Excel or Google Sheets: RFC 4180 quoting (by csv-stringify), CRLF line ends and a
 * UTF-8 byte-order mark, without which Excel reads Cyrillic and Kazakh letters as Windows-1252 mojibake.
 * Semicolons by default: Excel in Russian and Kazakh locales splits columns on `;`, not on `,`. Every text cell
 * passes the formula guard, since names, notes and SMS texts come from people and from AutoCall.
 */
import { stringify } from 'csv-stringify/sync';
import { guardFormula } from './formula-guard.js';

/** One value of a row; null is an empty cell. */
export type CsvCell = string | number | boolean | null;

export interface CsvOptions {
  delimiter?: ';' | ',' | '\t';
}

function cellText(cell: CsvCell): string {
  if (cell === null) return '';
  return typeof cell === 'string' ? guardFormula(cell) : String(cell);
}

/** The header and the rows as one CSV document (bytes, BOM included). */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>, options: CsvOptions = {}): Buffer {
  const records = [header, ...rows].map((row) => row.map(cellText));
  const text = stringify(records, { bom: true, delimiter: options.delimiter ?? ';', record_delimiter: 'windows' });
  return Buffer.from(text, 'utf8');
}
