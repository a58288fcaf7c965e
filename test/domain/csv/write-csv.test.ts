import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv, type CsvCell } from '../../../src/domain/csv/index.js';

const header = ['Номер', 'Примечание', 'Статус', 'Секунды'];

describe('toCsv', () => {
  it.each<[string, CsvCell[], string[]]>([
    ['Cyrillic and Kazakh letters', ['+77011234567', 'Әсел Нұрланқызы', 'успешно', 45], ['+77011234567', 'Әсел Нұрланқызы', 'успешно', '45']],
    ['a semicolon inside a note', ['+77071112233', 'ТОО «Ромашка»; бухгалтерия', 'занято', 0], ['+77071112233', 'ТОО «Ромашка»; бухгалтерия', 'занято', '0']],
    ['quotes and a line break', ['+77771234567', 'Say "hi"\nsecond line', 'no answer', 12.5], ['+77771234567', 'Say "hi"\nsecond line', 'no answer', '12.5']],
    ['empty cells', ['+77011234567', null, '', null], ['+77011234567', '', '', '']],
    ['JSON of scenario answers', ['+77011234567', '{"answers":[{"step":1}]}', 'success', 9], ['+77011234567', '{"answers":[{"step":1}]}', 'success', '9']],
  ])('round-trips %s through csv-parse', (_case, row, expected) => {
    const bytes = toCsv(header, [row]);
    const records = parse(bytes, { bom: true, delimiter: ';' });
    expect(records).toEqual([header, expected]);
  });

  it('starts with a UTF-8 byte-order mark and ends lines with CRLF, for Excel', () => {
    const bytes = toCsv(['a', 'b'], [['1', '2']]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('a;b\r\n1;2\r\n');
  });

  it('takes another delimiter when asked', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'z']], { delimiter: ',' }).subarray(3).toString('utf8')).toBe('a,b\r\n"x,y",z\r\n');
  });
});
