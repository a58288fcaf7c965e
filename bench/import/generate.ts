import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

const HEADER = ['Телефон', 'ФИО', 'Сумма долга', 'Дата визита', 'Город'];
const NAMES = ['Иванов Иван', 'Сейткали Әсел', 'Петров Пётр', 'Нұрланұлы Ғалым', 'Ким Ольга', 'Абенов Қайрат'];
const CITIES = ['Алматы', 'Астана', 'Шымкент', 'Қарағанды', 'Ақтөбе'];
const FORMATS = [
  (n: string) => `8 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`,
  (n: string) => `+7${n}`,
  (n: string) => `8${n}`,
  (n: string) => `+7 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`,
];
const CODES = ['701', '702', '705', '707', '747', '771', '775', '777', '778', '727'];

/**
 * The rows of a realistic client export: numbers typed every way, about 2% repeated and 1%
 * invalid (Russian numbers, short ones), Kazakh and Russian names, sums and dates.
 */
export function* exportRows(count: number): Generator<string[]> {
  for (let i = 0; i < count; i++) {
    const repeat = i % 50 === 49 ? i - 7 : i;
    const national = `${CODES[repeat % CODES.length] ?? '701'}${String(1_000_000 + repeat).slice(-7)}`;
    const phone = i % 100 === 99 ? `+7 916 ${String(i).padStart(7, '0')}` : (FORMATS[i % FORMATS.length] ?? String)(national);
    const day = String((i % 28) + 1).padStart(2, '0');
    yield [phone, `${NAMES[i % NAMES.length] ?? ''} ${i}`, String((i * 137) % 500_000), `${day}.12.2026`, CITIES[i % CITIES.length] ?? ''];
  }
}

/** Writes the export as Russian Excel saves CSV: Windows-1251, `;`, CRLF, header in Russian. */
export async function writeCsv(path: string, count: number): Promise<void> {
  const out = createWriteStream(path);
  const batch: string[] = [HEADER.join(';')];
  const flush = async () => {
    if (!out.write(iconv.encode(batch.join('\r\n') + '\r\n', 'windows-1251'))) await once(out, 'drain');
    batch.length = 0;
  };
  for (const row of exportRows(count)) {
    batch.push(row.join(';'));
    if (batch.length >= 5000) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
}

/** Writes the same rows as an XLSX with shared strings, as Excel does. */
export async function writeXlsx(path: string, count: number): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = writer.addWorksheet('Клиенты');
  sheet.addRow(HEADER).commit();
  for (const row of exportRows(count)) sheet.addRow(row).commit();
  sheet.commit();
  await writer.commit();
}
