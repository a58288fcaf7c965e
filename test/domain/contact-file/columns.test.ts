import { describe, expect, it } from 'vitest';
import { planColumns } from '../../../src/domain/contact-file/column-plan.js';
import { uniqueVariableKeys, variableKeyOf } from '../../../src/domain/contact-file/variable-keys.js';

describe('variableKeyOf', () => {
  it.each([
    ['Сумма долга', 'summa_dolga'],
    ['Имя', 'imya'],
    ['Аты-жөні', 'aty_zhoni'],
    ['Қарыз сомасы', 'qaryz_somasy'],
    ['Debt (KZT)', 'debt_kzt'],
    ['Дата визита №', 'data_vizita'],
    ['Ф.И.О.', 'f_i_o'],
    ['Café', 'cafe'],
    ['   ', ''],
    ['😀', ''],
    ['Очень длинное название колонки для переменной', 'ochen_dlinnoe_nazvanie_kolonki'],
  ])('%j → %j', (header, key) => {
    expect(variableKeyOf(header)).toBe(key);
    expect(key).toMatch(/^[a-zA-Z0-9_]{0,30}$/);
  });

  it('makes keys unique and names headerless columns by number', () => {
    expect(
      uniqueVariableKeys([
        { index: 1, header: 'Сумма' },
        { index: 2, header: 'сумма' },
        { index: 3, header: '' },
        { index: 4, header: undefined },
        { index: 5, header: 'a'.repeat(40) },
        { index: 6, header: 'a'.repeat(40) },
      ]),
    ).toEqual(['summa', 'summa_2', 'col4', 'col5', 'a'.repeat(30), `${'a'.repeat(28)}_2`]);
  });
});

describe('planColumns', () => {
  it('finds the phone column by header and the note by a name header', () => {
    const plan = planColumns(
      [
        ['Номер договора', 'ФИО', 'Телефон', 'Сумма'],
        ['A-123', 'Иванов', '87011234567', '15000'],
        ['A-124', 'Петров', '87021234567', '3200'],
      ],
      'list',
    );
    expect(plan).toMatchObject({ hasHeader: true, phone: 2, extra: 1 });
    expect(plan?.variables).toEqual([
      { index: 0, key: 'nomer_dogovora' },
      { index: 1, key: 'fio' },
      { index: 3, key: 'summa' },
    ]);
  });

  it('prefers content when the named column holds no phones', () => {
    const plan = planColumns(
      [
        ['Номер', 'Контактный телефон клиента'],
        ['15', '+7 701 123 45 67'],
        ['16', '+7 702 123 45 67'],
      ],
      'list',
    );
    expect(plan?.phone).toBe(1);
  });

  it('finds the phone column by content without a header', () => {
    const plan = planColumns(
      [
        ['Иванов Иван', '15000', '8 701 123 45 67'],
        ['Петров Пётр', '3200', '8 702 123 45 67'],
      ],
      'list',
    );
    expect(plan).toMatchObject({ hasHeader: false, phone: 2, extra: 0 });
    expect(plan?.variables.map((v) => v.key)).toEqual(['col1', 'col2']);
  });

  it('keeps a column of numbers Excel mangled as the phone column', () => {
    expect(planColumns([['Телефон'], ['7,70112E+10'], ['7,70212E+10']], 'list')?.phone).toBe(0);
  });

  it('gives up when no column holds a phone', () => {
    expect(planColumns([['Имя', 'Сумма'], ['Иван', '100']], 'list')).toBeUndefined();
  });

  it('leaves an empty trailing column out of the variables', () => {
    const plan = planColumns(
      [
        ['Телефон', 'Имя', ''],
        ['87011234567', 'Иван', ''],
      ],
      'list',
    );
    expect(plan?.columns.map((c) => c.role)).toEqual(['phone', 'extra', 'empty']);
  });
});
