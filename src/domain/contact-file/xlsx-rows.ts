import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { closed } from './close-stream.js';
import type { SheetRow } from './csv-rows.js';

type CellValue = ExcelJS.CellValue;

/** The text a person sees in a cell, whatever exceljs made of it. */
export function cellValueText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // Phones typed as numbers (77011234567) are exact in a double and print without exponent.
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return formatCellDate(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellValueText(value.result);
  if ('hyperlink' in value) return cellValueText(value.text);
  return '';
}

/** Dates as written in Kazakhstan: `25.12.2026`, with the time when there is one. exceljs reads them as UTC. */
function formatCellDate(date: Date): string {
  const [y, m, d, time] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.toISOString().slice(11, 16)];
  const day = `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
  return time === '00:00' ? day : `${day} ${time}`;
}

/**
 * Streams the rows of the first worksheet of an XLSX file with exceljs's streaming reader, so a
 * 100,000-row sheet is never held in memory whole. Styles are read because they are what marks a
 * number as a date.
 */
export async function* xlsxRows(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<SheetRow> {
  const source = Readable.from(chunks);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values;
        const cells = Array.isArray(values) ? Array.from(values.slice(1), (v) => cellValueText(v)) : [];
        yield { row: row.number, cells };
      }
      return;
    }
  } finally {
    // exceljs leaves its input open when iteration stops before the end of the zip.
    await closed(source);
  }
}
