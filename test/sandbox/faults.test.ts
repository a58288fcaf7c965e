/**
 * Fault injection as a client under test meets it: latency, 5xx, forced 429, malformed JSON, dropped connections,
 * and a POST whose response is lost after it was processed — each switchable per test and per path.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { clientFor, MONDAY_10_ALMATY, obj } from './support/client.js';

let sandbox: Sandbox;
let api: ReturnType<typeof clientFor>;

beforeAll(async () => {
  sandbox = await startSandbox({ keys: [], startAt: MONDAY_10_ALMATY, seed: 9 });
  sandbox.createAccount('f', { seeded: false });
  api = clientFor(sandbox, 'f');
});

afterEach(() => {
  sandbox.faults.clear();
});

afterAll(async () => {
  await sandbox.close();
});

async function listCount(): Promise<number> {
  return Number(obj((await api.call('get-lists')).body)['total']);
}

function postList(name: string): Promise<Response> {
  return fetch(`${sandbox.apiUrl}/lists`, {
    method: 'POST',
    headers: { Authorization: 'Bearer f', 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, numbers: [{ number: '+77010000001' }] }),
  });
}

describe('faults', () => {
  it('adds latency to the matching path only', async () => {
    // Warm both paths first, so the comparison measures the fault and not a first request.
    await api.call('get-balance');
    await api.call('get-settings');
    sandbox.faults.set({ kind: 'latency', ms: 500, path: '/api/v1/balance' });
    let started = performance.now();
    expect((await api.call('get-balance')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(495);
    started = performance.now();
    await api.call('get-settings');
    expect(performance.now() - started).toBeLessThan(400);
  });

  it('answers 5xx without processing, for as many times as asked', async () => {
    sandbox.faults.set({ kind: 'server-error', status: 503, path: '/api/v1/lists', method: 'post', times: 2 });
    const before = await listCount();
    expect((await postList('a')).status).toBe(503);
    expect((await postList('a')).status).toBe(503);
    expect(await listCount()).toBe(before);
    expect((await postList('a')).status).toBe(201);
    expect(await listCount()).toBe(before + 1);
  });

  it('forces 429 with Retry-After', async () => {
    sandbox.faults.set({ kind: 'rate-limit', retryAfterSeconds: 3 });
    const answer = await api.call('get-balance');
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('3');
    expect(answer.body).toEqual({ message: 'Too Many Attempts.' });
  });

  it('cuts the JSON of a processed request', async () => {
    sandbox.faults.set({ kind: 'malformed-json', path: '/api/v1/lists', method: 'POST', times: 1 });
    const before = await listCount();
    const response = await postList('b');
    expect(response.status).toBe(201);
    await expect(response.json()).rejects.toThrow();
    expect(await listCount()).toBe(before + 1);
  });

  it('drops the connection before processing', async () => {
    sandbox.faults.set({ kind: 'drop-connection', path: '/api/v1/lists', method: 'POST', times: 1 });
    const before = await listCount();
    await expect(postList('c')).rejects.toThrow();
    expect(await listCount()).toBe(before);
  });

  it('processes a POST and loses its response, so a blind retry would double it', async () => {
    sandbox.faults.set({ kind: 'drop-response', path: '/api/v1/lists', method: 'POST', times: 1 });
    const before = await listCount();
    await expect(postList('d')).rejects.toThrow();
    expect(await listCount()).toBe(before + 1);
  });

  it('fires for a share of requests, the same share for the same seed', async () => {
    const run = async () => {
      const box = await startSandbox({ keys: ['s'], seed: 4 });
      try {
        box.faults.set({ kind: 'server-error', rate: 0.5 });
        const client = clientFor(box, 's');
        const statuses: number[] = [];
        for (let i = 0; i < 30; i++) statuses.push((await client.call('get-balance')).status);
        return statuses;
      } finally {
        await box.close();
      }
    };
    const first = await run();
    const failed = first.filter((s) => s === 500).length;
    expect(failed).toBeGreaterThan(5);
    expect(failed).toBeLessThan(25);
    expect(await run()).toEqual(first);
  });

  it('stops when cleared', async () => {
    sandbox.faults.set({ kind: 'server-error' });
    expect((await api.call('get-balance')).status).toBe(500);
    sandbox.faults.clear();
    expect((await api.call('get-balance')).status).toBe(200);
  });
});
