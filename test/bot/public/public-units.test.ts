import { describe, expect, it } from 'vitest';
import { monospaceTable } from '../../../src/bot/features/public/tariff-table.js';
import { tariffsTable } from '../../../src/bot/features/public/tariffs-view.js';
import { readTestCallPhone } from '../../../src/bot/features/public/test-call.js';

describe('public: tariff table and test-call numbers', () => {
  it.each([
    [
      [
        ['', 'A', 'BB'],
        ['row', '1', '22'],
        ['longer row', '333', '4'],
      ],
      '             A BB\nrow          1 22\nlonger row 333  4',
    ],
    [[['only']], 'only'],
    [[['ә', 'ғ'], ['құ', 'ү']], 'ә  ғ\nқұ ү'],
    [[], ''],
  ])('monospace table %#', (rows, text) => {
    expect(monospaceTable(rows)).toBe(text);
  });

  it('shows a missing price as a dash and a plan without a name as ?', () => {
    const table = tariffsTable([{ name: 'BRONZE', threshold: 0, call_price: 3.5 }, { call_price: 2.2, sms_price: 14 }], (key) => key.replace('tariffs-row-', ''), 'en');
    expect(table.split('\n').slice(0, 4)).toEqual(['          BRONZE     ?', 'threshold      0     —', 'call        3.50  2.20', 'sms            — 14.00']);
  });

  it.each([
    ['+7 701 123 45 67', { ok: true, phone: '7011234567' }],
    ['8 (701) 123-45-67', { ok: true, phone: '7011234567' }],
    ['7061234567', { ok: true, phone: '7061234567' }],
    ['+7 495 123 45 67', { ok: false, kind: 'not_kz' }],
    ['+7 760 123 45 67', { ok: false, kind: 'pattern_rejected' }],
    ['701 123', { ok: false, kind: 'bad_length' }],
    ['позвони мне', { ok: false, kind: 'invalid_characters' }],
  ] as const)('test-call number %s', (input, expected) => {
    const read = readTestCallPhone(input);
    expect(read.ok ? { ok: true, phone: read.phone } : { ok: false, kind: read.failure.kind }).toEqual(expected);
  });
});
