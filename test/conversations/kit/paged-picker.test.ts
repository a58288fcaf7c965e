import { describe, expect, it } from 'vitest';
import { pickerKeyboard, readPickerTap, toggled } from '../../../src/conversations/kit/paged-picker.js';
import { choice } from '../../../src/conversations/kit/wizard-ui.js';

const items = [
  { id: '12', label: 'Клиенты Алматы · 12' },
  { id: '13', label: 'VIP · 5' },
];

function rows(keyboard: ReturnType<typeof pickerKeyboard>) {
  return keyboard.inline_keyboard.map((row) => row.map((button) => [button.text, 'callback_data' in button ? button.callback_data : '']));
}

describe('pickerKeyboard', () => {
  it('marks chosen items and adds the pager in the middle of the pages', () => {
    expect(rows(pickerKeyboard({ items, page: 1, pages: 3 }, ['13']))).toEqual([
      [['Клиенты Алматы · 12', 'wz:pk:12']],
      [['✅ VIP · 5', 'wz:pk:13']],
      [['‹', 'wz:pg:0'], ['›', 'wz:pg:2']],
      [],
    ]);
  });

  it('has no pager for a single page, and adds to a keyboard given', () => {
    const keyboard = pickerKeyboard({ items, page: 0, pages: 1 }, ['12', '13']);
    expect(rows(keyboard)).toEqual([[['✅ Клиенты Алматы · 12', 'wz:pk:12']], [['✅ VIP · 5', 'wz:pk:13']], []]);
  });

  it('shows only › on the first page and only ‹ on the last', () => {
    expect(rows(pickerKeyboard({ items: [], page: 0, pages: 2 }, []))).toEqual([[['›', 'wz:pg:1']], []]);
    expect(rows(pickerKeyboard({ items: [], page: 1, pages: 2 }, []))).toEqual([[['‹', 'wz:pg:0']], []]);
  });
});

describe('readPickerTap', () => {
  it.each([
    ['pk:12', { kind: 'pick', id: '12' }],
    ['pk:+77011234567', { kind: 'pick', id: '+77011234567' }],
    ['pg:0', { kind: 'page', page: 0 }],
    ['pg:7', { kind: 'page', page: 7 }],
    ['pk:', null],
    ['pg:-1', null],
    ['pg:x', null],
    ['next', null],
  ])('%s → %j', (value, tap) => {
    expect(readPickerTap(value)).toEqual(tap);
  });

  it('reads back the data of its own buttons', () => {
    const data = rows(pickerKeyboard({ items, page: 0, pages: 2 }, []))[0]?.[0]?.[1] ?? '';
    expect(data).toBe(choice('pk:12'));
    expect(readPickerTap(data.slice('wz:'.length))).toEqual({ kind: 'pick', id: '12' });
  });
});

describe('toggled', () => {
  it.each([
    [[], '1', ['1']],
    [['1', '2'], '1', ['2']],
    [['1'], '2', ['1', '2']],
  ])('%j ^ %s → %j', (chosen, id, expected) => {
    expect(toggled(chosen, id)).toEqual(expected);
  });
});
