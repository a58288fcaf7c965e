import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parseContactFile } from '../../src/domain/contact-file/index.js';
import { chunk, LIST_CHUNK_SIZE } from '../../src/domain/contacts/index.js';

/** What one run produced, to check that the runs did the same work. */
export interface Outcome {
  readonly rows: number;
  readonly valid: number;
  readonly invalid: number;
  readonly duplicates: number;
  readonly chunks: number;
}

/** The bot's path: parse, normalise, dedupe, then chunk for `POST /lists` and `/lists/append`. */
async function domainImport(path: string): Promise<Outcome> {
  const { size } = await stat(path);
  const result = await parseContactFile({ size, data: createReadStream(path, { highWaterMark: 64 * 1024 }) });
  if (!result.ok) throw new Error(`import failed: ${result.kind}`);
  const { contacts, file } = result;
  const chunks = chunk(contacts.valid, LIST_CHUNK_SIZE).length;
  return { rows: file.rows, valid: contacts.valid.length, invalid: contacts.invalid.length, duplicates: contacts.duplicates, chunks };
}

/** Baseline: decoding and splitting the CSV into records, nothing else. */
async function csvParseOnly(path: string): Promise<Outcome> {
  const records = createReadStream(path).pipe(iconv.decodeStream('windows-1251')).pipe(parse({ delimiter: ';', relax_column_count: true }));
  let rows = 0;
  for await (const _record of records as AsyncIterable<string[]>) rows += 1;
  return { rows, valid: 0, invalid: 0, duplicates: 0, chunks: 0 };
}

/** Baseline: exceljs's streaming reader walking the first sheet's rows. */
async function exceljsOnly(path: string): Promise<Outcome> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(path), { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit' });
  let rows = 0;
  for await (const sheet of reader) {
    for await (const _row of sheet) rows += 1;
    break;
  }
  return { rows, valid: 0, invalid: 0, duplicates: 0, chunks: 0 };
}

/** Scenario name → what it runs and on which generated file. */
export const SCENARIOS = {
  'csv: csv-parse alone': { file: 'csv', run: csvParseOnly },
  'csv: parseContactFile + chunk': { file: 'csv', run: domainImport },
  'xlsx: exceljs reader alone': { file: 'xlsx', run: exceljsOnly },
  'xlsx: parseContactFile + chunk': { file: 'xlsx', run: domainImport },
} as const satisfies Record<string, { file: 'csv' | 'xlsx'; run: (path: string) => Promise<Outcome> }>;

export type ScenarioName = keyof typeof SCENARIOS;
