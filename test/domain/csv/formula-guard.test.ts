import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { guardFormula } from '../../../src/domain/csv/formula-guard.js';
import { toCsv } from '../../../src/domain/csv/index.js';

describe('guardFormula', () => {
  it.each<[string, string, string]>([
    ['a phone in E.164', '+77011234567', '+77011234567'],
    ['a negative amount', '-150', '-150'],
    ['a negative amount with kopecks (comma)', '-150,50', '-150,50'],
    ['a decimal', '12.5', '12.5'],
    ['a positive signed decimal', '+0.75', '+0.75'],
    ['an exponent', '-1.5e3', '-1.5e3'],
    ['a hyperlink formula', '=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ['an at-function', '@SUM(A1)', "'@SUM(A1)"],
    ['a phone with spaces', '+7 701 123 45 67', "'+7 701 123 45 67"],
    ['a phone with brackets', '+7 (701) 123-45-67', "'+7 (701) 123-45-67"],
    ['a dash alone', '-', "'-"],
    ['arithmetic', '-2+3', "'-2+3"],
    ['a DDE payload', "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['a leading tab', '\t=1+1', "'\t=1+1"],
    ['a leading carriage return', '\r=1+1', "'\r=1+1"],
    ['Cyrillic text', 'Әсел Нұрланқызы', 'Әсел Нұрланқызы'],
    ['Cyrillic text with a dash inside', 'ТОО «Ромашка» - бухгалтерия', 'ТОО «Ромашка» - бухгалтерия'],
    ['a formula sign later in the text', 'итого =5', 'итого =5'],
    ['a leading space before a formula', ' =1+1', ' =1+1'],
    ['an empty cell', '', ''],
  ])('%s', (_case, cell, expected) => {
    expect(guardFormula(cell)).toBe(expected);
  });
});

describe('toCsv with formula-like text', () => {
  it('writes guarded text cells and leaves numeric cells and plain-number text as numbers', () => {
    const bytes = toCsv(['Номер', 'Примечание', 'Сумма'], [
      ['+77011234567', '=HYPERLINK("http://x","y")', -150],
      ['-150', '@SUM(A1)', 12.5],
    ]);
    expect(parse(bytes, { bom: true, delimiter: ';' })).toEqual([
      ['Номер', 'Примечание', 'Сумма'],
      ['+77011234567', '\'=HYPERLINK("http://x","y")', '-150'],
      ['-150', "'@SUM(A1)", '12.5'],
    ]);
  });
});
