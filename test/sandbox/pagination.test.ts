/** Laravel pagination and the contract's list filters: date_from, date_to, order, client_id. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { arr, clientFor, DAY, expectContract, MONDAY_10_ALMATY, obj } from './support/client.js';

let sandbox: Sandbox;
let api: ReturnType<typeof clientFor>;

beforeAll(async () => {
  sandbox = await startSandbox({ keys: [], startAt: MONDAY_10_ALMATY });
  sandbox.createAccount('pages', { seeded: false });
  api = clientFor(sandbox, 'pages');
  // 33 lists over three days: 11 a day, client ids crm-0…crm-2 by day.
  for (let day = 0; day < 3; day++) {
    for (let i = 0; i < 11; i++) {
      await api.call('post-lists', {
        body: { name: `День ${day} №${i}`, client_id: `crm-${day}`, numbers: [{ number: `+7701000${String(day * 100 + i).padStart(4, '0')}` }] },
      });
    }
    sandbox.clock.advance(DAY);
  }
});

afterAll(async () => {
  await sandbox.close();
});

describe('pagination', () => {
  it.each([
    [1, { from: 1, to: 15, next: 2, prev: null, count: 15 }],
    [2, { from: 16, to: 30, next: 3, prev: 1, count: 15 }],
    [3, { from: 31, to: 33, next: null, prev: 2, count: 3 }],
    [4, { from: 0, to: 0, next: null, prev: 3, count: 0 }],
  ])('page %i', async (page, expected) => {
    const answer = await api.call('get-lists', { query: { page } });
    expectContract('get-lists', answer);
    const body = obj(answer.body);
    const base = `${sandbox.apiUrl}/lists`;
    expect(body).toMatchObject({
      current_page: page,
      per_page: 15,
      total: 33,
      last_page: 3,
      from: expected.from,
      to: expected.to,
      path: base,
      first_page_url: `${base}?page=1`,
      last_page_url: `${base}?page=3`,
      next_page_url: expected.next === null ? null : `${base}?page=${expected.next}`,
      prev_page_url: expected.prev === null ? null : `${base}?page=${expected.prev}`,
    });
    expect(arr(body['data'])).toHaveLength(expected.count);
  });

  it('pages the contacts inside a list', async () => {
    const created = await api.call('post-lists', {
      body: { name: 'Большой', numbers: Array.from({ length: 20 }, (_, i) => ({ number: `+7702000${String(i).padStart(4, '0')}` })) },
    });
    const detail = obj((await api.call('get-lists-id', { params: { id: Number(obj(created.body)['id']) }, query: { page: 2 } })).body);
    const contacts = obj(detail['contacts']);
    expect(contacts).toMatchObject({ current_page: 2, total: 20, from: 16, to: 20 });
    expect(arr(contacts['data']).map((c) => obj(c)['number'])[0]).toBe('+77020000015');
    await api.call('delete-lists-id', { params: { id: Number(obj(created.body)['id']) } });
  });
});

describe('filters', () => {
  const names = async (query: Record<string, string | number>) =>
    arr(obj((await api.call('get-lists', { query: { ...query, page: 1 } })).body)['data']).map((l) => String(obj(l)['name']));

  it('sorts newest first by default and oldest first with order=asc', async () => {
    expect((await names({}))[0]).toBe('День 2 №10');
    expect((await names({ order: 'asc' }))[0]).toBe('День 0 №0');
  });

  it.each([
    [{ date_from: '2025-03-04' }, 22],
    [{ date_to: '2025-03-03' }, 11],
    [{ date_from: '2025-03-04', date_to: '2025-03-04' }, 11],
    [{ date_from: '2025-03-06' }, 0],
  ])('counts lists created in %j (Almaty dates)', async (query, total) => {
    expect(obj((await api.call('get-lists', { query })).body)['total']).toBe(total);
  });

  it('filters by client_id, and answers 404 when no list has it', async () => {
    const answer = await api.call('get-lists', { query: { client_id: 'crm-1', order: 'asc' } });
    expect(obj(answer.body)['total']).toBe(11);
    expect(String(obj(arr(obj(answer.body)['data'])[0])['name'])).toBe('День 1 №0');
    const missing = await api.call('get-lists', { query: { client_id: 'crm-9' } });
    expect(missing.status).toBe(404);
    expectContract('get-lists', missing);
  });

  it('filters campaigns and SMS campaigns the same way', async () => {
    for (const [index, clientId] of ['a', 'b'].entries()) {
      await api.call('post-bulks', { body: { name: `Рассылка ${index}`, text: 'Скидки', list_id: [{ number: '+77010000001' }], client_id: clientId } });
    }
    const bulks = obj((await api.call('get-bulks', { query: { client_id: 'b' } })).body);
    expect(bulks['total']).toBe(1);
    const none = await api.call('get-autocalls', { query: { client_id: 'b' } });
    expect(obj(none.body)['total']).toBe(0);
    expect(none.status).toBe(200);
    expectContract('get-autocalls', none);
  });
});
