/** The control surface over HTTP under `/_sandbox/`, as a benchmark or another bot process uses it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { arr, clientFor, HOUR, MONDAY_10_ALMATY, obj } from './support/client.js';

let sandbox: Sandbox;
let api: ReturnType<typeof clientFor>;

beforeAll(async () => {
  sandbox = await startSandbox({ keys: [], startAt: MONDAY_10_ALMATY });
  api = clientFor(sandbox, 'ctl');
});

afterAll(async () => {
  await sandbox.close();
});

describe('/_sandbox/', () => {
  it('creates accounts, refusing a taken key and bad options', async () => {
    const created = await api.control('POST', '/_sandbox/accounts', { key: 'ctl', balance: 1234.5, seeded: false });
    expect(created.status).toBe(201);
    expect(obj((await api.call('get-balance')).body)['balance']).toBe(1234.5);
    expect((await api.control('POST', '/_sandbox/accounts', { key: 'ctl' })).status).toBe(409);
    const bad = await api.control('POST', '/_sandbox/accounts', { key: 'x', tariff: 'PLATINUM' });
    expect(bad.status).toBe(422);
    expect(obj(obj(bad.body)['errors'])).toHaveProperty('tariff');
  });

  it('advances the clock and runs life', async () => {
    await api.call('post-payments', { body: { amount: 1000 } });
    const before = Date.parse(String(obj((await api.control('GET', '/_sandbox/clock')).body)['now']));
    const advanced = await api.control('POST', '/_sandbox/clock/advance', { ms: HOUR });
    expect(Date.parse(String(obj(advanced.body)['now'])) - before).toBeGreaterThanOrEqual(HOUR);
    expect(obj((await api.call('get-balance')).body)['balance']).toBe(2234.5);
  });

  it('sets and clears faults', async () => {
    expect((await api.control('PUT', '/_sandbox/faults', { kind: 'server-error', status: 502, path: '/api/v1/dashboard' })).status).toBe(204);
    expect((await api.call('get-dashboard')).status).toBe(502);
    expect((await api.call('get-balance')).status).toBe(200);
    expect((await api.control('PUT', '/_sandbox/faults', { kind: 'teleport' })).status).toBe(422);
    expect((await api.control('DELETE', '/_sandbox/faults')).status).toBe(204);
    expect((await api.call('get-dashboard')).status).toBe(200);
  });

  it('emits notifications', async () => {
    const emitted = await api.control('POST', '/_sandbox/notifications', { key: 'ctl', type: 'LowBalance', data: { balance: 45.2, threshold: 100 } });
    expect(emitted.status).toBe(201);
    const id = obj(emitted.body)['id'];
    const list = arr(obj((await api.call('get-notifications')).body)['data']).map(obj);
    expect(list[0]).toMatchObject({ id, type: 'LowBalance', data: { balance: 45.2, threshold: 100 }, read_at: null });
    expect((await api.control('POST', '/_sandbox/notifications', { key: 'ctl', type: 'Nope', data: {} })).status).toBe(422);
    expect((await api.control('POST', '/_sandbox/notifications', { key: 'nobody', type: 'LowBalance', data: {} })).status).toBe(404);
  });

  it("dumps one account's state, codes included", async () => {
    await api.call('post-settings-confirmed-numbers', { body: { number: '+77011234567' } });
    const state = obj((await api.control('GET', '/_sandbox/state?key=ctl')).body);
    expect(state).toMatchObject({ key: 'ctl', tariff: 'SILVER', balance: 2234.5 });
    const pending = obj(arr(state['confirmedNumbers'])[0]);
    expect(pending['code']).toEqual(expect.any(Number));
    const confirmed = await api.call('post-settings-confirmed-numbers', { body: { verification_code: pending['code'] } });
    expect(obj(confirmed.body)['verified_at']).toEqual(expect.any(String));
    expect((await api.control('GET', '/_sandbox/state?key=nobody')).status).toBe(404);
  });

  it('revokes keys', async () => {
    expect((await api.control('POST', '/_sandbox/revoke', { key: 'ctl' })).status).toBe(204);
    expect((await api.call('get-balance')).status).toBe(401);
    expect((await api.control('GET', '/_sandbox/state?key=ctl')).status).toBe(200);
  });

  it('answers 404 for what it does not know', async () => {
    expect((await api.control('GET', '/_sandbox/nothing')).status).toBe(404);
  });
});
