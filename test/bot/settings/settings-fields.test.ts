import { describe, expect, it } from 'vitest';
import { checkName, checkVisitCardText } from '../../../src/bot/features/settings/settings-fields.js';

describe('settings fields', () => {
  it.each([
    ['ТОО «Рассвет»', { ok: true, value: 'ТОО «Рассвет»' }],
    ['  ИП   Жандос  ', { ok: true, value: 'ИП Жандос' }],
    ['Я', { ok: false, key: 'settings-name-length' }],
    ['x'.repeat(41), { ok: false, key: 'settings-name-length' }],
    ['x'.repeat(40), { ok: true, value: 'x'.repeat(40) }],
  ])('name %j', (input, expected) => {
    const check = checkName(input);
    expect(check.ok ? { ok: true, value: check.value } : { ok: false, key: check.key }).toEqual(expected);
  });

  it.each([
    // GSM-7 holds 160 in one SMS; extension characters count twice.
    ['AutoCall.kz, tel: +77470000000', 'ok', {}],
    ['a'.repeat(160), 'ok', {}],
    ['a'.repeat(161), 'settings-vc-text-long-latin', { units: 161, limit: 160, segments: 2 }],
    ['{'.repeat(81), 'settings-vc-text-long-latin', { units: 162, limit: 160, segments: 2 }],
    // One Cyrillic or Kazakh letter makes it UCS-2: 70 in one SMS.
    ['Қ'.repeat(70), 'ok', {}],
    ['Скидка '.repeat(11), 'settings-vc-text-long-cyrillic', { units: 76, limit: 70, segments: 2 }],
    // Curly quotes and a long dash alone force UCS-2: the GSM-7 lookalikes fit one SMS.
    [`“Sale” — ${'x'.repeat(80)}`, 'settings-vc-text-lookalikes', { units: 89, limit: 70, segments: 2, suggestion: `"Sale" - ${'x'.repeat(80)}` }],
    ['   ', 'settings-vc-text-empty', {}],
  ])('visit card text %#', (input, key, vars) => {
    const check = checkVisitCardText(input);
    if (key === 'ok') expect(check).toEqual({ ok: true, value: input.trim() });
    else expect(check).toEqual({ ok: false, key, vars });
  });
});
