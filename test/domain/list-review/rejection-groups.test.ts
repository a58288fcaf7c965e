import { describe, expect, it } from 'vitest';
import type { InvalidContact } from '../../../src/domain/contacts/index.js';
import { groupRejections } from '../../../src/domain/list-review/index.js';
import { allowedCodes } from '../../../src/domain/phone/index.js';

const allowed = allowedCodes('list');
const code706 = { kind: 'pattern_rejected', code: '706', line: 'mobile', allowed } as const;
const code800 = { kind: 'pattern_rejected', code: '800', line: 'unknown', allowed } as const;
const entry = (reason: InvalidContact['reason'], line = 1): InvalidContact => ({ line, text: 'x', reason });

describe('groupRejections', () => {
  it('counts by reason, codes and countries apart, the largest group first', () => {
    const groups = groupRejections([
      entry({ kind: 'bad_length', digits: 9 }),
      entry(code706),
      entry({ kind: 'not_kz', country: 'RU' }),
      entry({ kind: 'bad_length', digits: 12 }),
      entry(code706),
      entry({ kind: 'not_kz', country: 'RU' }),
      entry(code800),
      entry({ kind: 'not_kz', country: 'other' }),
      entry(code706),
      entry({ kind: 'no_phone' }),
    ]);
    expect(groups.map((g) => [g.reason.kind, 'code' in g.reason ? g.reason.code : 'country' in g.reason ? g.reason.country : '', g.count])).toEqual([
      ['pattern_rejected', '706', 3],
      ['bad_length', '', 2],
      ['not_kz', 'RU', 2],
      ['pattern_rejected', '800', 1],
      ['not_kz', 'other', 1],
      ['no_phone', '', 1],
    ]);
  });

  it('is empty for no refusals', () => {
    expect(groupRejections([])).toEqual([]);
  });
});
