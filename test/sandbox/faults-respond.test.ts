/**
 * The `respond` fault: a route answers a given status and body instead of being processed — for statuses the
 * contract does not declare on a route but a real server may still send (a 402 or 403 on `POST /bulks`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { clientFor, MONDAY_10_ALMATY, obj } from './support/client.js';

let sandbox: Sandbox;
let api: ReturnType<typeof clientFor>;

beforeAll(async () => {
  sandbox = await startSandbox({ keys: [], startAt: MONDAY_10_ALMATY, seed: 9 });
  sandbox.createAccount('r', { seeded: false });
  api = clientFor(sandbox, 'r');
});

afterAll(async () => {
  await sandbox.close();
});

function postList(name: string): Promise<Response> {
  return fetch(`${sandbox.apiUrl}/lists`, {
    method: 'POST',
    headers: { Authorization: 'Bearer r', 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, numbers: [{ number: '+77010000001' }] }),
  });
}

const listCount = async () => Number(obj((await api.call('get-lists')).body)['total']);

describe('respond fault', () => {
  it.each([
    { status: 403, body: { message: 'Подозрение на спам', errors: { text: ['Текст похож на спам'] } } },
    { status: 402, body: { message: 'Недостаточно средств' } },
    { status: 418, body: [1, 'two', null] },
  ])('answers $status with the body given, once, without processing', async ({ status, body }) => {
    const before = await listCount();
    sandbox.faults.set({ kind: 'respond', method: 'post', path: '/api/v1/lists', status, body, times: 1 });
    const refused = await postList('refused');
    expect(refused.status).toBe(status);
    expect(await refused.json()).toEqual(body);
    expect(await listCount()).toBe(before);
    expect((await postList('accepted')).status).toBe(201);
    expect(await listCount()).toBe(before + 1);
  });

  it('leaves other methods and paths alone, and answers an empty object when no body is given', async () => {
    sandbox.faults.set({ kind: 'respond', method: 'POST', path: '/api/v1/lists', status: 403 });
    expect((await api.call('get-lists')).status).toBe(200);
    expect((await api.call('get-balance')).status).toBe(200);
    const refused = await postList('x');
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({});
    sandbox.faults.clear();
  });

  it('is set through the control endpoint too, which refuses a status out of the HTTP range', async () => {
    const put = (spec: unknown) => fetch(`${sandbox.url}/_sandbox/faults`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(spec) });
    expect((await put({ kind: 'respond', status: 99 })).status).toBe(422);
    expect((await put({ kind: 'respond', method: 'POST', path: '/api/v1/lists', status: 402, body: { message: 'no' }, times: 1 })).status).toBeLessThan(300);
    const refused = await postList('y');
    expect(refused.status).toBe(402);
    expect(await refused.json()).toEqual({ message: 'no' });
  });
});
