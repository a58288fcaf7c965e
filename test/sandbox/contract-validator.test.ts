/** The contract helpers other folders' contract tests import: validateRequest and validateResponse. */
import { describe, expect, it } from 'vitest';
import { contract, matchRoute, validateRequest, validateResponse } from '../../src/sandbox/contract/index.js';

describe('the contract', () => {
  it('has 55 operations, two of them public', () => {
    expect(contract.operations).toHaveLength(55);
    expect(contract.operations.filter((op) => op.base === 'public').map((op) => op.id).sort()).toEqual(['getTariffs', 'sendTestCall']);
  });
});

describe('matchRoute', () => {
  it.each([
    ['POST', '/autocalls/calculate', 'post-autocalls-calculate', {}],
    ['GET', '/autocalls/5', 'get-autocalls-id', { id: '5' }],
    ['POST', '/lists/append/7', 'post-lists-append-id', { id: '7' }],
    ['GET', '/sounds/listen/rec-1-1.wav', 'get-sounds-listen-file', { file: 'rec-1-1.wav' }],
    ['DELETE', '/settings/visit_card_text', 'delete-settings-visit-card', { visit_card_type: 'visit_card_text' }],
  ])('%s %s → %s', (method, path, id, params) => {
    expect(matchRoute('v1', method, path)).toMatchObject({ kind: 'matched', operation: { id }, params });
  });

  it('tells a wrong method from a wrong path', () => {
    expect(matchRoute('v1', 'PATCH', '/lists')).toEqual({ kind: 'method-not-allowed', allowed: ['get', 'post'] });
    expect(matchRoute('v1', 'GET', '/tariffs')).toEqual({ kind: 'no-route' });
  });
});

describe('validateRequest', () => {
  it('casts query and path values to their declared types', () => {
    expect(validateRequest('get-lists-id', { params: { id: '12' }, query: { page: '3' } })).toMatchObject({
      kind: 'valid',
      params: { id: 12 },
      query: { page: 3 },
    });
  });

  it('reports path problems apart from input problems', () => {
    expect(validateRequest('get-lists-id', { params: { id: 'x' } })).toMatchObject({ kind: 'invalid', location: 'path' });
  });

  it('maps errors in oneOf items to the item that failed, once', () => {
    const result = validateRequest('post-bulks', {
      body: { name: 'a', text: 'b', list_id: [5, 'six', { number: '+7701' }, { number: '+77010000000', extra: 'x'.repeat(61) }] },
    });
    expect(result).toEqual({
      kind: 'invalid',
      location: 'input',
      errors: {
        'list_id.1': ['Поле list_id.1 должно быть целым числом или объектом.'],
        'list_id.2.number': ['Количество символов в поле list_id.2.number должно быть не меньше 12.'],
        'list_id.3.extra': ['Количество символов в поле list_id.3.extra не может превышать 60.'],
      },
    });
  });

  it('accepts null for the nullable caller_id', () => {
    expect(validateRequest('post-autocalls', { body: { name: 'a', type: 'regular', list_id: [1], caller_id: null } }).kind).toBe('valid');
  });

  it('knows the phone pattern differs per endpoint', () => {
    const landline = '+77172000000';
    expect(validateRequest('post-lists', { body: { name: 'a', numbers: [{ number: landline }] } }).kind).toBe('valid');
    expect(validateRequest('post-settings-confirmed-numbers', { body: { number: landline } }).kind).toBe('invalid');
    expect(validateRequest('post-flash-calls', { body: { number: '+77060000000', digits: 4 } }).kind).toBe('valid');
    expect(validateRequest('post-lists', { body: { name: 'a', numbers: [{ number: '+77060000000' }] } }).kind).toBe('invalid');
  });

  it('names an operation it does not know', () => {
    expect(validateRequest('get-nothing', {})).toEqual({ kind: 'unknown-operation', operationId: 'get-nothing' });
  });
});

describe('validateResponse', () => {
  const contact = { id: 1, list_id: 2, number: '+77010000000', extra: null, variables: null };

  it.each([
    ['Laravel date-times', '2024-03-31 05:55:19'],
    ['ISO date-times', '2024-03-31T05:55:19+05:00'],
  ])('accepts %s', (_name, time) => {
    expect(validateResponse('get-contacts-id', 200, { ...contact, created_at: time, updated_at: time })).toEqual({ kind: 'valid' });
  });

  it('lists what does not fit', () => {
    const result = validateResponse('get-contacts-id', 200, { ...contact, variables: undefined, created_at: 'yesterday', updated_at: 'x' });
    expect(result).toMatchObject({ kind: 'invalid' });
    expect(result.kind === 'invalid' ? result.problems : []).toEqual(
      expect.arrayContaining(["/ must have required property 'variables'", '/created_at must match format "date-time"']),
    );
  });

  it('reports a status the operation does not declare', () => {
    expect(validateResponse('post-autocalls', 402, { message: 'x' })).toEqual({
      kind: 'undeclared-status',
      status: 402,
      declared: [201, 202, 401, 403, 422, 429],
    });
  });

  it('accepts any body for a status declared without one', () => {
    expect(validateResponse('delete-lists-id', 204, undefined)).toEqual({ kind: 'valid' });
  });
});
