import { describe, expect, it } from 'vitest';
import {
  chunk,
  ContactCollector,
  INLINE_CHUNK_SIZE,
  LIST_CHUNK_SIZE,
  parsePastedContacts,
  parseSharedContact,
} from '../../../src/domain/contacts/index.js';

describe('ContactCollector', () => {
  it('merges inputs with running totals and dedupes across them', () => {
    const collector = new ContactCollector();
    expect(collector.add(parsePastedContacts('+77011234567 A\n+77011234567\nhello'), 'message 1')).toEqual({
      valid: 1,
      duplicates: 1,
      invalid: 1,
      truncated: 0,
    });
    expect(collector.add(parsePastedContacts('87011234567 B, 87021234567'), 'message 2')).toEqual({
      valid: 2,
      duplicates: 2,
      invalid: 1,
      truncated: 0,
    });
    expect(collector.add(parseSharedContact({ phone_number: '77051234567', first_name: 'Айгерим', last_name: 'Серикова' }), 'contact')).toEqual({
      valid: 3,
      duplicates: 2,
      invalid: 1,
      truncated: 0,
    });
    expect(collector.entries).toEqual([
      { number: '+77011234567', extra: 'A', line: 1 },
      { number: '+77021234567', line: 1 },
      { number: '+77051234567', extra: 'Айгерим Серикова', line: 1 },
    ]);
    expect(collector.invalid).toEqual([{ line: 3, text: 'hello', reason: { kind: 'no_phone' }, source: 'message 1' }]);
  });

  it('survives a round trip through JSON', () => {
    const first = new ContactCollector();
    first.add(parsePastedContacts('+77011234567\nbad'), 'a');
    const restored = new ContactCollector(JSON.parse(JSON.stringify(first.snapshot())) as ReturnType<ContactCollector['snapshot']>);
    expect(restored.add(parsePastedContacts('+77011234567\n+77021234567'), 'b')).toEqual({
      valid: 2,
      duplicates: 1,
      invalid: 1,
      truncated: 0,
    });
  });
});

describe('parseSharedContact', () => {
  it.each([
    [{ phone_number: '+77011234567', first_name: 'Ерлан' }, { valid: [{ number: '+77011234567', extra: 'Ерлан', line: 1 }], invalid: [] }],
    [{ phone_number: '87011234567', first_name: '' }, { valid: [{ number: '+77011234567', line: 1 }], invalid: [] }],
    [
      { phone_number: '79161234567', first_name: 'Иван' },
      { valid: [], invalid: [{ line: 1, text: '79161234567', reason: { kind: 'not_kz', country: 'RU' } }] },
    ],
  ])('%o', (contact, expected) => {
    expect(parseSharedContact(contact)).toMatchObject(expected);
  });
});

describe('chunk', () => {
  it.each([
    [25_001, LIST_CHUNK_SIZE, [10_000, 10_000, 5_001]],
    [10_000, LIST_CHUNK_SIZE, [10_000]],
    [12_000, INLINE_CHUNK_SIZE, [5_000, 5_000, 2_000]],
    [0, INLINE_CHUNK_SIZE, []],
  ])('%i items by %i', (count, size, lengths) => {
    const items = Array.from({ length: count }, (_, i) => i);
    const groups = chunk(items, size);
    expect(groups.map((g) => g.length)).toEqual(lengths);
    expect(groups.flat()).toEqual(items);
  });

  it('refuses a size that would loop forever', () => {
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });
});
