import { describe, expect, it } from 'vitest';
import type { Contact } from '../../src/api/index.js';
import { contactsTable, exportFileName } from '../../src/bot/features/lists/export-list.js';

const contact = (number: string, extra: string | null, variables: Record<string, string> | null): Contact => ({
  id: 1,
  number,
  extra,
  variables,
  created_at: '2025-03-01 10:00:00',
  updated_at: '2025-03-01 10:00:00',
});

describe('contactsTable', () => {
  it('has a column per variable, in the order first met, empty where a contact lacks it', () => {
    const table = contactsTable([
      contact('+77011234567', 'Иванов Иван', { name: 'Иван', debt: '15000' }),
      contact('+77021234567', null, null),
      contact('+77051234567', 'ТОО «Ромашка»', { contract: '№А-123', name: 'Пётр' }),
    ]);
    expect(table).toEqual({
      header: ['phone', 'extra', 'name', 'debt', 'contract'],
      rows: [
        ['+77011234567', 'Иванов Иван', 'Иван', '15000', null],
        ['+77021234567', null, null, null, null],
        ['+77051234567', 'ТОО «Ромашка»', 'Пётр', null, '№А-123'],
      ],
    });
  });
});

describe('exportFileName', () => {
  it.each([
    ['Клиенты Алматы', 'Клиенты Алматы.csv'],
    ['Export: 40', 'Export_ 40.csv'],
    ['a/b\\c*?', 'a_b_c_.csv'],
    ['  .hidden.  ', 'hidden.csv'],
    ['...', 'list-5.csv'],
  ])('%s → %s', (name, file) => {
    expect(exportFileName(name, 5)).toBe(file);
  });
});
