/**
 * Steps of contact-list journeys: contact files as clients export them, generated in the test (any size, no
 * fixtures on disk: a CSV as Russian Excel saves it, an XLSX with numbers stored as numbers; row `i` always has
 * the same, unique number), the wizard walked up to its review, and what the sandbox holds afterwards.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { FakeUser } from './telegram/index.js';

const CODES = ['701', '702', '705', '707', '747', '771', '775', '777', '778', '727'];

/** Row `i`'s number: the ten digits after +7. */
export const nationalNumber = (i: number): string => `${CODES[i % CODES.length] ?? '701'}${String(1_000_000 + i).slice(-7)}`;

/** `Телефон;ФИО;Сумма долга`, CRLF, numbers written the ways people write them (`8 701 …` and `+7701…`). */
export function clientsCsv(rows: number): Buffer {
  const lines = ['Телефон;ФИО;Сумма долга'];
  for (let i = 0; i < rows; i++) {
    const n = nationalNumber(i);
    const phone = i % 2 === 0 ? `8 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}` : `+7${n}`;
    lines.push(`${phone};Клиент ${i};${(i * 137) % 500_000}`);
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

/** A sheet with Kazakh headers `Аты-жөні | Нөмір | Қарыз`, the numbers as numeric cells. */
export async function clientsXlsx(rows: number): Promise<Buffer> {
  const sink = new PassThrough();
  const parts: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => parts.push(chunk));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: true });
  const sheet = writer.addWorksheet('Клиенттер');
  sheet.addRow(['Аты-жөні', 'Нөмір', 'Қарыз']).commit();
  for (let i = 0; i < rows; i++) sheet.addRow([`Клиент ${i}`, Number(`7${nationalNumber(i)}`), i * 10]).commit();
  sheet.commit();
  await writer.commit();
  return Buffer.concat(parts);
}

/** /newlist → a name → one file → Done: the review is on screen. Works in any language (matches step numbers). */
export async function newListFromFile(owner: FakeUser, name: string, fileName: string, bytes: Uint8Array): Promise<void> {
  await owner.send('/newlist');
  await owner.waitFor(/1\/3/);
  await owner.send(name);
  await owner.waitFor(/2\/3/);
  await owner.sendDocument({ fileName, bytes });
  await owner.waitFor(/In total: ✅|Всего: ✅|Барлығы: ✅/);
  await owner.tap(/^✅/);
  await owner.waitFor(/3\/3/);
}

export interface SandboxContact {
  listId: number;
  number: string;
  extra: string | null;
  variables: Record<string, string> | null;
}

/** The contacts of the list named `name` in the sandbox account of `key`, in the order they were added. */
export function sandboxListContacts(autocall: Sandbox, key: string, name: string): SandboxContact[] {
  const state = autocall.state(key) as unknown as { lists: { id: number; name: string }[]; contacts: SandboxContact[] };
  const list = state.lists.find((l) => l.name === name);
  return list ? state.contacts.filter((c) => c.listId === list.id) : [];
}
