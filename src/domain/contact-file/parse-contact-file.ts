import iconv from 'iconv-lite';
import { ContactAccumulator, type ParsedContacts } from '../contacts/index.js';
import type { PhoneKind } from '../phone/index.js';
import { FileTooLargeError, limitedChunks, peek, type ByteSource } from './byte-source.js';
import type { ColumnInfo } from './column-plan.js';
import { csvRows, type SheetRow } from './csv-rows.js';
import { detectDelimiter, type Delimiter } from './delimiter.js';
import { sniffFormat } from './file-format.js';
import { planRows, type RowPlan } from './row-plan.js';
import { detectTextEncoding, type TextEncoding } from './text-encoding.js';
import { xlsxRows } from './xlsx-rows.js';

/** Telegram bots can download files up to 20 MB; a larger one could not be fetched anyway. */
export const CONTACT_FILE_MAX_BYTES = 20 * 1024 * 1024;
/** Bytes looked at to tell format, encoding and delimiter. */
const HEAD_BYTES = 64 * 1024;
/** Rows looked at to find the header and the phone column. */
const SAMPLE_ROWS = 200;
const PROGRESS_EVERY = 5_000;

/** A contact file as received. */
export interface ContactFileInput {
  /** Size the sender declared (Telegram's `file_size`), checked before a byte is read. */
  readonly size: number;
  readonly data: ByteSource;
}

export interface ContactFileOptions {
  /** Whose phone pattern the numbers must meet; lists by default. */
  readonly kind?: PhoneKind;
  /** Called with the number of rows read so far, every few thousand rows and at the end. */
  readonly onProgress?: (rows: number) => void;
  /**
   * Largest file accepted, {@link CONTACT_FILE_MAX_BYTES} by default. A local Bot API server
   * lifts Telegram's download limit; this keeps memory in check there.
   */
  readonly maxBytes?: number;
}

/** How the file was read, for telling the person what the bot understood. */
export interface ContactFileDetails {
  readonly format: 'csv' | 'xlsx';
  readonly encoding?: TextEncoding;
  readonly delimiter?: Delimiter;
  /** A table with a phone column, or free-text lines read like a pasted message. */
  readonly layout: RowPlan['layout'];
  readonly hasHeader: boolean;
  readonly columns: readonly ColumnInfo[];
  /** Rows read, header and empty rows included. */
  readonly rows: number;
}

/** Why a file gave no contacts at all. */
export type ContactFileError =
  | { readonly kind: 'too_large'; readonly limit: number }
  /** Excel 97-2003, OpenDocument, a picture or a PDF: ask for XLSX or CSV. */
  | { readonly kind: 'unsupported_format'; readonly format: 'xls' | 'ods' | 'binary' }
  | { readonly kind: 'empty' }
  /** No column holds a phone number. */
  | { readonly kind: 'no_phone_column'; readonly columns: number }
  /** A damaged XLSX or CSV (unclosed quote, broken zip). */
  | { readonly kind: 'unreadable'; readonly detail: string };

/** Outcome of {@link parseContactFile}. */
export type ContactFileResult =
  | { readonly ok: true; readonly contacts: ParsedContacts; readonly file: ContactFileDetails }
  | ({ readonly ok: false } & ContactFileError);

/**
 * Reads contacts from a CSV/TSV (any delimiter, UTF-8/UTF-16/Windows-1251/KOI8-R, with or without
 * a header) or the first sheet of an XLSX, streaming it so a 100,000-row file stays small in memory.
 * Entries have the shape of pasted contacts, with row numbers, so a collector merges both.
 */
export async function parseContactFile(input: ContactFileInput, options: ContactFileOptions = {}): Promise<ContactFileResult> {
  const limit = options.maxBytes ?? CONTACT_FILE_MAX_BYTES;
  if (input.size > limit) return { ok: false, kind: 'too_large', limit };
  const chunks = limitedChunks(input.data, limit);
  try {
    return await read(chunks, options.kind ?? 'list', options.onProgress);
  } catch (error) {
    if (error instanceof FileTooLargeError) return { ok: false, kind: 'too_large', limit: error.limit };
    return { ok: false, kind: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    // Closes the download whether the file was read to the end, refused on sight or cut short.
    await chunks.return(undefined);
  }
}

async function read(
  chunks: AsyncGenerator<Uint8Array>,
  kind: PhoneKind,
  onProgress: ((rows: number) => void) | undefined,
): Promise<ContactFileResult> {
  const { head, all } = await peek(chunks, HEAD_BYTES);
  if (head.byteLength === 0) return { ok: false, kind: 'empty' };
  const format = sniffFormat(head);
  if (format === 'xlsx') return readRows(xlsxRows(all), { format: 'xlsx' }, kind, onProgress);
  if (format !== 'text') return { ok: false, kind: 'unsupported_format', format };
  const encoding = detectTextEncoding(head);
  const sample = iconv.decode(Buffer.from(head), encoding);
  if (sample.includes('\u0000')) return { ok: false, kind: 'unsupported_format', format: 'binary' };
  const delimiter = detectDelimiter(sample);
  return readRows(csvRows(all, encoding, delimiter), { format: 'csv', encoding, delimiter }, kind, onProgress);
}

type FormatDetails = Pick<ContactFileDetails, 'format' | 'encoding' | 'delimiter'>;

async function readRows(
  rows: AsyncGenerator<SheetRow>,
  format: FormatDetails,
  kind: PhoneKind,
  onProgress: ((rows: number) => void) | undefined,
): Promise<ContactFileResult> {
  try {
    const sample: SheetRow[] = [];
    let last = 0;
    while (sample.length < SAMPLE_ROWS) {
      const next = await rows.next();
      if (next.done === true) break;
      last = next.value.row;
      if (next.value.cells.some((c) => c.trim() !== '')) sample.push(next.value);
    }
    if (sample.length === 0) return { ok: false, kind: 'empty' };
    const plan = planRows(
      sample.map((r) => r.cells),
      kind,
    );
    if (plan === undefined) {
      return { ok: false, kind: 'no_phone_column', columns: Math.max(...sample.map((r) => r.cells.length)) };
    }
    const out = new ContactAccumulator();
    for (const row of sample.slice(plan.hasHeader ? 1 : 0)) plan.read(row.cells, row.row, out);
    for (let next = await rows.next(); next.done !== true; next = await rows.next()) {
      last = next.value.row;
      plan.read(next.value.cells, last, out);
      if (last % PROGRESS_EVERY === 0) onProgress?.(last);
    }
    onProgress?.(last);
    return { ok: true, contacts: out.result(), file: details(format, plan, last) };
  } finally {
    // Stops the reader when the file was refused early, releasing exceljs's zip stream.
    await rows.return(undefined);
  }
}

function details(format: FormatDetails, plan: RowPlan, rows: number): ContactFileDetails {
  return { ...format, layout: plan.layout, hasHeader: plan.hasHeader, columns: plan.columns, rows };
}
