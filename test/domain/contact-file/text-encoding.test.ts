import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/domain/contact-file/delimiter.js';
import { detectTextEncoding, type TextEncoding } from '../../../src/domain/contact-file/text-encoding.js';

const RUSSIAN = 'Телефон;Имя;Сумма\n87011234567;Иванов Иван;15000\n87021234567;Петров Пётр;3200\n';
const KAZAKH = 'Нөмір;Аты-жөні\n87011234567;Әсел Нұрланқызы\n87021234567;Ғалым Қайратұлы\n';

describe('detectTextEncoding', () => {
  it.each<[string, string, TextEncoding, boolean]>([
    ['Russian', RUSSIAN, 'utf-8', false],
    ['Russian', RUSSIAN, 'utf-8', true],
    ['Kazakh', KAZAKH, 'utf-8', false],
    ['Russian', RUSSIAN, 'utf-16le', true],
    ['Kazakh', KAZAKH, 'utf-16le', true],
    ['Russian', RUSSIAN, 'utf-16be', true],
    ['Russian', RUSSIAN, 'utf-16le', false],
    ['Russian', RUSSIAN, 'windows-1251', false],
    ['Russian', RUSSIAN, 'koi8-r', false],
    ['Russian', RUSSIAN, 'ibm866', false],
    ['a header word alone', 'номер\n87011234567\n', 'windows-1251', false],
    ['a header word alone', 'номер\n87011234567\n', 'koi8-r', false],
    ['ASCII', 'phone,name\n87011234567,Ivan\n', 'utf-8', false],
  ])('%s in %s (BOM: %s)', (_what, text, encoding, bom) => {
    const bytes = iconv.encode(text, encoding, { addBOM: bom });
    expect(detectTextEncoding(bytes)).toBe(encoding);
  });

  it('tolerates a UTF-8 character cut by the end of the sample', () => {
    const bytes = Buffer.from('87011234567;Иванов', 'utf8');
    expect(detectTextEncoding(bytes.subarray(0, bytes.length - 1))).toBe('utf-8');
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['Телефон;Имя;Сумма\n87011234567;Иванов;15000,50\n87021234567;Петров;3200,00\n', ';'],
    ['phone,name\n87011234567,Ivan\n87021234567,Petr\n', ','],
    ['phone\tname\n87011234567\tIvan\n87021234567\tPetr\n', '\t'],
    ['phone|name\n87011234567|Ivan\n87021234567|Petr\n', '|'],
    ['"Иванов, Иван";87011234567\n"Петров, Пётр";87021234567\n', ';'],
    ['87011234567\n87021234567\n', ';'],
    ['phone,name,comment\n87011234567,Ivan,"a; b"\n87021234567,Petr,c\n', ','],
  ])('%j → %j', (sample, delimiter) => {
    expect(detectDelimiter(sample)).toBe(delimiter);
  });
});
