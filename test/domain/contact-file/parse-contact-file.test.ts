import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ContactCollector, parsePastedContacts } from '../../../src/domain/contacts/index.js';
import { CONTACT_FILE_MAX_BYTES, parseContactFile, type ContactFileResult } from '../../../src/domain/contact-file/index.js';

function bytesOf(text: string, encoding: string, bom = false): Buffer {
  return iconv.encode(text, encoding, { addBOM: bom });
}

async function parse(data: Uint8Array, kind?: 'list' | 'flash'): Promise<ContactFileResult> {
  return parseContactFile({ size: data.byteLength, data }, kind === undefined ? {} : { kind });
}

function ok(result: ContactFileResult) {
  if (!result.ok) throw new Error(`expected contacts, got ${result.kind}`);
  return result;
}

/** The same export as Russian Excel, a Google Sheets CSV, Excel's "Unicode text", and by hand. */
const EXPORTS: [string, Buffer][] = [
  ['Russian Excel CSV (Windows-1251, ;)', bytesOf('Телефон;ФИО;Сумма\r\n8 701 123 45 67;Иванов Иван;15000\r\n+77021234567;"Петров; Пётр";3200\r\n', 'windows-1251')],
  ['Google Sheets CSV (UTF-8, ,)', bytesOf('Телефон,ФИО,Сумма\n8 701 123 45 67,Иванов Иван,15000\n+77021234567,"Петров; Пётр",3200\n', 'utf-8')],
  ['Excel CSV UTF-8 (BOM, ;)', bytesOf('Телефон;ФИО;Сумма\r\n8 701 123 45 67;Иванов Иван;15000\r\n+77021234567;"Петров; Пётр";3200\r\n', 'utf-8', true)],
  ['Excel Unicode text (UTF-16LE, BOM, tab)', bytesOf('Телефон\tФИО\tСумма\r\n8 701 123 45 67\tИванов Иван\t15000\r\n+77021234567\tПетров; Пётр\t3200\r\n', 'utf-16le', true)],
  ['UTF-16BE with BOM, |', bytesOf('Телефон|ФИО|Сумма\n8 701 123 45 67|Иванов Иван|15000\n+77021234567|Петров; Пётр|3200\n', 'utf-16be', true)],
  ['KOI8-R, ;', bytesOf('Телефон;ФИО;Сумма\n8 701 123 45 67;Иванов Иван;15000\n+77021234567;"Петров; Пётр";3200\n', 'koi8-r')],
];

describe('parseContactFile reads every common export the same way', () => {
  it.each(EXPORTS)('%s', async (_name, data) => {
    const result = ok(await parse(data));
    expect(result.contacts.valid).toEqual([
      { number: '+77011234567', extra: 'Иванов Иван', variables: { fio: 'Иванов Иван', summa: '15000' }, line: 2 },
      { number: '+77021234567', extra: 'Петров; Пётр', variables: { fio: 'Петров; Пётр', summa: '3200' }, line: 3 },
    ]);
    expect(result.file).toMatchObject({ format: 'csv', hasHeader: true, rows: 3 });
    expect(result.file.columns.map((c) => [c.role, c.variable])).toEqual([
      ['phone', undefined],
      ['extra', 'fio'],
      ['variable', 'summa'],
    ]);
  });
});

describe('parseContactFile rows', () => {
  it('reports invalid rows by number, counts duplicates and skips empty rows', async () => {
    const csv = [
      'Номер;Имя',
      '87011234567;Иван',
      ';Без номера',
      '79161234567;Москва',
      '',
      ';;',
      '8 701 123-45-67;Повтор',
      '7,70112E+10;Excel',
      '="87051234567";Формула',
      "'87061234567;Апостроф",
    ].join('\n');
    const result = ok(await parse(bytesOf(csv, 'utf-8')));
    expect(result.contacts.valid.map((e) => [e.number, e.line])).toEqual([
      ['+77011234567', 2],
      ['+77051234567', 9],
    ]);
    expect(result.contacts.invalid).toEqual([
      { line: 3, text: 'Без номера', reason: { kind: 'empty' } },
      { line: 4, text: '79161234567', reason: { kind: 'not_kz', country: 'RU' } },
      { line: 8, text: '7,70112E+10', reason: { kind: 'excel_scientific' } },
      { line: 10, text: '87061234567', reason: expect.objectContaining({ kind: 'pattern_rejected', code: '706' }) as unknown },
    ]);
    expect(result.contacts.duplicates).toBe(1);
  });

  it('checks numbers against the endpoint asked for', async () => {
    const result = ok(await parse(bytesOf('87061234567\n87011234567\n', 'utf-8'), 'flash'));
    expect(result.contacts.valid).toHaveLength(2);
  });

  it('reads a file without a header, finding the phone column by content', async () => {
    const result = ok(await parse(bytesOf('Иванов Иван,15000,+7 701 123 45 67\nПетров Пётр,3200,+7 702 123 45 67\n', 'utf-8')));
    expect(result.file.hasHeader).toBe(false);
    expect(result.contacts.valid[0]).toEqual({
      number: '+77011234567',
      extra: 'Иванов Иван',
      variables: { col1: 'Иванов Иван', col2: '15000' },
      line: 1,
    });
  });

  it('reads a bare column of numbers', async () => {
    const result = ok(await parse(bytesOf('87011234567\r\n87021234567\r\n\r\n', 'utf-8')));
    expect(result.contacts.valid.map((e) => e.number)).toEqual(['+77011234567', '+77021234567']);
    expect(result.file).toMatchObject({ layout: 'lines', hasHeader: false });
  });

  it('reads a text file of free lines like a pasted message', async () => {
    const text = 'Клиенты\nИванов Иван +7 701 123 45 67\n+77021234567, +77051234567 Петров\nпозвонить позже\n';
    const result = ok(await parse(bytesOf(text, 'windows-1251')));
    expect(result.file).toMatchObject({ layout: 'lines', hasHeader: true, columns: [{ index: 0, role: 'phone', header: 'Клиенты' }] });
    expect(result.contacts.valid).toEqual([
      { number: '+77011234567', extra: 'Иванов Иван', line: 2 },
      { number: '+77021234567', line: 3 },
      { number: '+77051234567', extra: 'Петров', line: 3 },
    ]);
    expect(result.contacts.invalid).toEqual([{ line: 4, text: 'позвонить позже', reason: { kind: 'no_phone' } }]);
  });

  it('says which numbers Excel turned into 7,70112E+10', async () => {
    const result = ok(await parse(bytesOf('Телефон\n7,70112E+10\n87021234567\n', 'utf-8')));
    expect(result.contacts.invalid).toEqual([{ line: 2, text: '7,70112E+10', reason: { kind: 'excel_scientific' } }]);
  });

  it('cuts values over 255 characters and counts them', async () => {
    const long = 'я'.repeat(300);
    const result = ok(await parse(bytesOf(`Телефон;Имя;Комментарий\n87011234567;${long};${long}\n`, 'utf-8')));
    const entry = result.contacts.valid[0];
    expect(entry?.extra).toHaveLength(255);
    expect(entry?.variables?.['kommentariy']).toHaveLength(255);
    expect(result.contacts.truncated).toBe(3);
  });

  it('keeps quoted line breaks inside one row', async () => {
    const result = ok(await parse(bytesOf('Телефон;Адрес\n87011234567;"ул. Абая 1,\nкв. 5"\n87021234567;-\n', 'utf-8')));
    expect(result.contacts.valid.map((e) => e.variables?.['adres'])).toEqual(['ул. Абая 1,\nкв. 5', '-']);
  });

  it('streams a download in small chunks, characters split between them', async () => {
    const data = bytesOf('Телефон;Имя\n87011234567;Әсел\n87021234567;Ғалым\n', 'utf-8');
    async function* chunks() {
      for (let at = 0; at < data.length; at += 3) yield data.subarray(at, at + 3);
    }
    const result = ok(await parseContactFile({ size: data.length, data: chunks() }));
    expect(result.contacts.valid.map((e) => e.extra)).toEqual(['Әсел', 'Ғалым']);
  });

  it('merges with pasted contacts in a collector', async () => {
    const collector = new ContactCollector();
    collector.add(parsePastedContacts('+77011234567 from chat'), 'message');
    const totals = collector.add(ok(await parse(bytesOf('87011234567\n87021234567\n', 'utf-8'))).contacts, 'clients.csv');
    expect(totals).toEqual({ valid: 2, duplicates: 1, invalid: 0, truncated: 0 });
  });

  it('reports progress and reads 30,000 rows', async () => {
    const lines = ['Телефон;Имя;Долг', ...Array.from({ length: 30_000 }, (_, i) => `8701${String(1_000_000 + i)};Клиент ${i};${i * 10}`)];
    const progress: number[] = [];
    const data = bytesOf(lines.join('\r\n'), 'windows-1251');
    const result = ok(await parseContactFile({ size: data.length, data }, { onProgress: (rows) => progress.push(rows) }));
    expect(result.contacts.valid).toHaveLength(30_000);
    expect(result.contacts.valid.at(-1)).toMatchObject({ number: '+77011029999', extra: 'Клиент 29999', line: 30_001 });
    expect(progress).toEqual([5_000, 10_000, 15_000, 20_000, 25_000, 30_000, 30_001]);
  });
});

describe('parseContactFile refuses', () => {
  it('a file declared over 20 MB before reading a byte', async () => {
    const never: AsyncIterable<Uint8Array> = {
      [Symbol.asyncIterator]: () => {
        throw new Error('must not be read');
      },
    };
    expect(await parseContactFile({ size: CONTACT_FILE_MAX_BYTES + 1, data: never })).toEqual({
      ok: false,
      kind: 'too_large',
      limit: CONTACT_FILE_MAX_BYTES,
    });
  });

  it('a file that turns out larger than declared', async () => {
    // One endless quoted field: the parser keeps asking for bytes without a row to work on.
    async function* endless() {
      yield Buffer.from('Телефон;"');
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      for (;;) yield chunk;
    }
    const limit = 2 * 1024 * 1024;
    expect(await parseContactFile({ size: 100, data: endless() }, { maxBytes: limit })).toEqual({ ok: false, kind: 'too_large', limit });
  });

  it.each([
    ['Excel 97-2003', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'xls'],
    ['PDF', Buffer.from('%PDF-1.7\n...'), 'binary'],
    ['OpenDocument', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]), 'ods'],
    ['binary with NUL bytes', Buffer.from([0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x41, 0x42, 0x00, 0x43]), 'binary'],
  ])('%s', async (_name, data, format) => {
    expect(await parse(data)).toEqual({ ok: false, kind: 'unsupported_format', format });
  });

  it.each([
    ['nothing', Buffer.alloc(0)],
    ['only separators', Buffer.from(';;;\n;;\n\n')],
  ])('an empty file: %s', async (_name, data) => {
    expect(await parse(data)).toEqual({ ok: false, kind: 'empty' });
  });

  it.each([
    ['a table', 'Имя;Город\nИван;Алматы\n', 2],
    ['one column of names', 'Иван\nПётр\n', 1],
  ])('a file without phone numbers: %s', async (_name, text, columns) => {
    expect(await parse(bytesOf(text, 'utf-8'))).toEqual({ ok: false, kind: 'no_phone_column', columns });
  });

  it('a damaged XLSX', async () => {
    const data = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    expect(await parse(data)).toMatchObject({ ok: false, kind: 'unreadable' });
  });
});

describe('parseContactFile reads XLSX', () => {
  async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    build(book);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('takes the first worksheet with numbers, dates, rich text and formulas as people see them', async () => {
    const data = await workbook((book) => {
      const sheet = book.addWorksheet('Клиенты');
      sheet.addRow(['Номер телефона', 'Аты-жөні', 'Визит', 'Сумма']);
      sheet.addRow([77011234567, 'Әсел', new Date(Date.UTC(2026, 11, 25)), 15000.5]);
      sheet.addRow(['8 (702) 123-45-67', { richText: [{ text: 'Ғал' }, { text: 'ым' }] }, new Date(Date.UTC(2026, 0, 5, 14, 30)), { formula: 'B1*2', result: 400 }]);
      sheet.addRow([]);
      sheet.addRow([7051234567, 'Третий']);
      book.addWorksheet('Second').addRow(['+77771234567', 'ignored']);
    });
    const result = ok(await parse(data));
    expect(result.file).toMatchObject({ format: 'xlsx', hasHeader: true, rows: 5 });
    expect(result.contacts.valid).toEqual([
      { number: '+77011234567', extra: 'Әсел', variables: { aty_zhoni: 'Әсел', vizit: '25.12.2026', summa: '15000.5' }, line: 2 },
      { number: '+77021234567', extra: 'Ғалым', variables: { aty_zhoni: 'Ғалым', vizit: '05.01.2026 14:30', summa: '400' }, line: 3 },
      { number: '+77051234567', extra: 'Третий', variables: { aty_zhoni: 'Третий' }, line: 5 },
    ]);
  });

  it('reads a sheet written with shared strings by the streaming writer', async () => {
    const { PassThrough } = await import('node:stream');
    const sink = new PassThrough();
    const parts: Buffer[] = [];
    sink.on('data', (chunk: Buffer) => parts.push(chunk));
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: true });
    const sheet = writer.addWorksheet('S');
    sheet.addRow(['Телефон', 'Имя']).commit();
    for (let i = 0; i < 1000; i++) sheet.addRow([`8701${String(1_000_000 + i)}`, `Клиент ${i % 10}`]).commit();
    sheet.commit();
    await writer.commit();
    const result = ok(await parse(Buffer.concat(parts)));
    expect(result.contacts.valid).toHaveLength(1000);
    expect(result.contacts.valid[999]).toMatchObject({ number: '+77011000999', extra: 'Клиент 9', line: 1001 });
  });
});

describe('parseContactFile lets go of the download', () => {
  /** A download of `lines`, repeated, that records whether the reader closed it. */
  function download(lines: string, times: number) {
    const state = { closed: false, pulled: 0 };
    async function* chunks() {
      try {
        for (let i = 0; i < times; i++) {
          state.pulled += 1;
          yield Buffer.from(lines);
        }
      } finally {
        state.closed = true;
      }
    }
    return { state, data: chunks() };
  }

  it('stops reading a large file once it has no phone column', async () => {
    const block = Array.from({ length: 1000 }, (_, i) => `Клиент ${i};Алматы`).join('\n') + '\n';
    const { state, data } = download(block, 1000);
    expect(await parseContactFile({ size: 1, data })).toMatchObject({ ok: false, kind: 'no_phone_column' });
    expect(state.closed).toBe(true);
    expect(state.pulled).toBeLessThan(10);
  });

  it('closes it when refusing a file on sight', async () => {
    const { state, data } = download('%PDF-1.7', 5);
    expect(await parseContactFile({ size: 1, data })).toMatchObject({ ok: false, kind: 'unsupported_format' });
    expect(state.closed).toBe(true);
  });

  it('closes it after reading to the end', async () => {
    const { state, data } = download('87011234567\n', 3);
    expect(await parseContactFile({ size: 1, data })).toMatchObject({ ok: true });
    expect(state.closed).toBe(true);
  });
});
