/** Accounts never see each other's data, and idle accounts cost next to nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { arr, clientFor, MONDAY_10_ALMATY, obj } from './support/client.js';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ keys: ['alpha', 'beta'], startAt: MONDAY_10_ALMATY });
});

afterAll(async () => {
  await sandbox.close();
});

describe('accounts', () => {
  it('see only their own records, by listing or by id', async () => {
    const alpha = clientFor(sandbox, 'alpha');
    const beta = clientFor(sandbox, 'beta');
    const list = await alpha.call('post-lists', { body: { name: 'Только альфа', numbers: [{ number: '+77010000001' }] } });
    const listId = Number(obj(list.body)['id']);
    const betaNames = arr(obj((await beta.call('get-lists')).body)['data']).map((l) => obj(l)['name']);
    expect(betaNames).not.toContain('Только альфа');
    expect((await beta.call('get-lists-id', { params: { id: listId } })).status).toBe(404);
    expect((await beta.call('delete-lists-id', { params: { id: listId } })).status).toBe(404);
    expect((await alpha.call('get-lists-id', { params: { id: listId } })).status).toBe(200);

    const alphaCampaign = obj(arr(obj((await alpha.call('get-autocalls')).body)['data'])[0]);
    const call = obj(arr(obj(obj((await alpha.call('get-autocalls-id', { params: { id: Number(alphaCampaign['id']) } })).body)['calls'])['data'])[0]);
    expect((await beta.call('get-autocalls-id', { params: { id: Number(alphaCampaign['id']) } })).status).toBe(404);
    expect((await beta.call('get-calls-id', { params: { id: Number(call['id']) } })).status).toBe(404);
    const notification = obj(arr(obj((await alpha.call('get-notifications')).body)['data'])[0]);
    expect((await beta.call('put-notifications-id', { params: { id: String(notification['id']) } })).status).toBe(404);
  });

  it('keep their own money', async () => {
    const alpha = clientFor(sandbox, 'alpha');
    const beta = clientFor(sandbox, 'beta');
    await alpha.call('post-flash-calls', { body: { number: '+77010000009', digits: 4 } });
    expect(obj((await alpha.call('get-balance')).body)['balance']).toBe(24993);
    expect(obj((await beta.call('get-balance')).body)['balance']).toBe(25000);
  });

  it('stay cheap by the ten thousand until used', async () => {
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) sandbox.createAccount(`idle-${i}`);
    sandbox.clock.advance(60_000);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(sandbox.hasAccount('idle-9999')).toBe(true);
    const idle = clientFor(sandbox, 'idle-4321');
    expect(obj((await idle.call('get-balance')).body)['balance']).toBe(25000);
  });
});
