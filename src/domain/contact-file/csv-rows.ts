import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { closed } from './close-stream.js';
import type { Delimiter } from './delimiter.js';
import type { TextEncoding } from './text-encoding.js';

/** A row of a spreadsheet: its number as the spreadsheet shows it, from 1, and its cells. */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly string[];
}

async function* decoded(chunks: AsyncIterable<Uint8Array>, encoding: TextEncoding): AsyncGenerator<string> {
  // iconv-lite's decoder drops a BOM and keeps characters split between chunks whole.
  const decoder = iconv.getDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if (text !== '') yield text;
  }
  const rest = decoder.end();
  if (rest !== undefined && rest !== '') yield rest;
}

/**
 * Streams the rows of a delimited text file. Quoted fields may hold delimiters, quotes and line
 * breaks; rows may have any number of fields. Empty lines are rows too, so row numbers match what
 * a spreadsheet shows.
 */
export async function* csvRows(chunks: AsyncIterable<Uint8Array>, encoding: TextEncoding, delimiter: Delimiter): AsyncGenerator<SheetRow> {
  const source = Readable.from(decoded(chunks, encoding));
  const parser = parse({ delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, cells: record };
    }
  } finally {
    await closed(source);
  }
}
