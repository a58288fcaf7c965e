import { describe, expect, it } from 'vitest';
import { formatPhone, normalisePhone, type PhoneKind } from '../../../src/domain/phone/index.js';

describe('normalisePhone accepts what people type', () => {
  it.each([
    ['+7 701 123 45 67'],
    ['8 (701) 123-45-67'],
    ['87011234567'],
    ['77011234567'],
    ['7011234567'],
    ['+77011234567'],
    ['+7(701)1234567'],
    ['8.701.123.45.67'],
    ['+7\u00A0701\u00A0123\u00A045\u00A067'],
    ['+7\u202F701\u202F123\u202F45\u202F67'],
    ['  8 701 123 45 67  '],
    ['8–701–123–45–67'],
    ['+7 (701) 123—45—67'],
    ['+8 701 123 45 67'],
    ['\uFEFF+77011234567'],
  ])('%j → +77011234567', (input) => {
    expect(normalisePhone(input, 'list')).toEqual({ ok: true, e164: '+77011234567', wire: '+77011234567' });
  });
});

describe('normalisePhone follows each endpoint pattern of the contract', () => {
  const cases: [string, PhoneKind, boolean][] = [
    // 706 is a mobile code that /lists leaves out while flash calls and the test call take it.
    ['+77061234567', 'list', false],
    ['+77061234567', 'autocall', false],
    ['+77061234567', 'bulk', false],
    ['+77061234567', 'flash', true],
    ['+77061234567', 'test_call', true],
    ['+77061234567', 'confirmed', false],
    // Landlines: Astana 7172, Almaty 727, Baikonur 736.
    ['+77172123456', 'list', true],
    ['+77272123456', 'flash', true],
    ['+77363123456', 'test_call', true],
    ['+77172123456', 'confirmed', false],
    ['+77272123456', 'confirmed', false],
    // Codes that no endpoint pattern lists.
    ['+77031234567', 'list', false],
    ['+77091234567', 'flash', false],
    ['+77301234567', 'list', false],
    // Caller IDs are any +7 7xx number.
    ['+77086469620', 'caller_id', true],
    ['+77031234567', 'caller_id', true],
  ];
  it.each(cases)('%s for %s → %s', (input, kind, ok) => {
    expect(normalisePhone(input, kind).ok).toBe(ok);
  });

  const every = ['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778'];
  it.each(every)('mobile code %s passes every endpoint', (code) => {
    for (const kind of ['list', 'autocall', 'bulk', 'flash', 'confirmed', 'test_call', 'caller_id'] as const) {
      expect(normalisePhone(`8${code}1234567`, kind).ok, kind).toBe(true);
    }
  });

  const landlines = ['710', '711', '712', '713', '714', '715', '716', '717', '718', '721', '722', '723', '724',
    '725', '726', '727', '728', '729', '736'];
  it.each(landlines)('landline code %s passes lists, flash and test call but not confirmed numbers', (code) => {
    expect(normalisePhone(`+7${code}1234567`, 'list').ok).toBe(true);
    expect(normalisePhone(`+7${code}1234567`, 'flash').ok).toBe(true);
    expect(normalisePhone(`+7${code}1234567`, 'test_call').ok).toBe(true);
    expect(normalisePhone(`+7${code}1234567`, 'confirmed')).toMatchObject({ ok: false, kind: 'pattern_rejected', line: 'landline' });
  });

  it('writes the test call number as ten national digits', () => {
    expect(normalisePhone('+7 777 123 45 67', 'test_call')).toEqual({ ok: true, e164: '+77771234567', wire: '7771234567' });
  });

  it('names the rejected code, its line type and the allowed codes', () => {
    const result = normalisePhone('8 706 123 45 67', 'list');
    expect(result).toMatchObject({ ok: false, kind: 'pattern_rejected', code: '706', line: 'mobile', input: '8 706 123 45 67' });
    if (result.ok || result.kind !== 'pattern_rejected') throw new Error('expected a pattern rejection');
    expect(result.allowed).toContain('701');
    expect(result.allowed).not.toContain('706');
  });
});

describe('normalisePhone explains rejections', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['--', { kind: 'empty' }],
    ['+7 916 123 45 67', { kind: 'not_kz', country: 'RU' }],
    ['89161234567', { kind: 'not_kz', country: 'RU' }],
    ['+74951234567', { kind: 'not_kz', country: 'RU' }],
    ['9031234567', { kind: 'not_kz', country: 'RU' }],
    ['+998 90 123 45 67', { kind: 'not_kz', country: 'other' }],
    ['996555123456', { kind: 'not_kz', country: 'other' }],
    ['+7 701 123 45 6', { kind: 'bad_length', digits: 10 }],
    ['8701123456789', { kind: 'bad_length', digits: 13 }],
    ['123', { kind: 'bad_length', digits: 3 }],
    ['+77011234567 доб. 12', { kind: 'invalid_characters', char: 'д' }],
    ['tel:+77011234567', { kind: 'invalid_characters', char: 't' }],
    ['+7701+1234567', { kind: 'invalid_characters', char: '+' }],
    ['87011234567, 87021234567', { kind: 'invalid_characters', char: ',' }],
    ['7,70112E+10', { kind: 'excel_scientific' }],
    ['7.70112e10', { kind: 'excel_scientific' }],
    ['+70011234567', { kind: 'pattern_rejected', code: '001', line: 'unknown' }],
    ['+76011234567', { kind: 'pattern_rejected', code: '601', line: 'unknown' }],
  ])('%j → %o', (input, expected) => {
    expect(normalisePhone(input, 'list')).toMatchObject({ ok: false, input, ...expected });
  });
});

describe('formatPhone', () => {
  it.each([
    ['+77011234567', '+7 701 123 45 67'],
    ['+77172123456', '+7 717 212 34 56'],
    ['7011234567', '7011234567'],
    ['+998901234567', '+998901234567'],
  ])('%s → %s', (input, shown) => {
    expect(formatPhone(input)).toBe(shown);
  });
});
