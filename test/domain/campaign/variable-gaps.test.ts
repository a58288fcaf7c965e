import { describe, expect, it } from 'vitest';
import { countVariables, variableGaps } from '../../../src/domain/campaign/index.js';

describe('countVariables', () => {
  it('counts non-empty values per variable over every recipient, with or without variables', () => {
    const counts = countVariables([{ name: 'Айгүл', debt: '15000' }, { name: 'Ivan' }, null, undefined, { name: '', debt: '3200' }]);
    expect(counts).toEqual({ total: 5, have: { name: 2, debt: 2 } });
  });

  it('counts nobody in an empty group', () => {
    expect(countVariables([])).toEqual({ total: 0, have: {} });
  });
});

describe('variableGaps', () => {
  const counts = { total: 20, have: { name: 20, debt: 8 } };
  it.each([
    [['name'], []],
    [['debt'], [{ variable: 'debt', missing: 12, of: 20 }]],
    [['date', 'name', 'debt'], [{ variable: 'date', missing: 20, of: 20 }, { variable: 'debt', missing: 12, of: 20 }]],
    [['constructor'], [{ variable: 'constructor', missing: 20, of: 20 }]],
    [[], []],
  ])('%j → %j', (variables, gaps) => {
    expect(variableGaps(variables, counts)).toEqual(gaps);
  });
});
