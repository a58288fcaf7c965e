import { afterEach, describe, expect, it } from 'vitest';
import { contactList, laravelPage, sound } from './support/fixtures.js';
import { rejectionOf, startHarness, type Harness } from './support/harness.js';
import { reply, type StubHandler } from './support/stub-server.js';
import { settle } from './support/fake-clock.js';

/** Answers the n-th request with the n-th handler (the last one repeats). */
function inTurn(...handlers: StubHandler[]): StubHandler {
  let turn = 0;
  return (request, response) => handlers[Math.min(turn++, handlers.length - 1)]?.(request, response);
}

const status =
  (code: number, body: unknown = { message: 'Server Error.' }, headers?: Record<string, string>): StubHandler =>
  (_, response) =>
    reply(response, code, body, headers);
const drop: StubHandler = (_, response) => void response.socket?.destroy();
const hang: StubHandler = () => undefined;

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 1));
}

describe('retries', () => {
  let harness: Harness;
  afterEach(() => harness.close());

  it('repeats a GET after 5xx with growing, jittered back-off, then returns the answer', async () => {
    harness = await startHarness(inTurn(status(500), status(503), status(200, sound)));
    const result = await harness.run(harness.api.sounds.get(5));
    expect(result.id).toBe(5);
    expect(harness.events.map((e) => [e.status, e.kind])).toEqual([
      [500, 'server'],
      [503, 'server'],
      [200, undefined],
    ]);
    const backoffs = harness.clock.sleeps.filter((ms) => ms < 1000);
    expect(backoffs).toHaveLength(2);
    expect(backoffs[0]).toBeGreaterThanOrEqual(50);
    expect(backoffs[0]).toBeLessThanOrEqual(100);
    expect(backoffs[1]).toBeGreaterThanOrEqual(100);
    expect(backoffs[1]).toBeLessThanOrEqual(200);
  });

  it('gives up after the configured attempts and throws the last failure', async () => {
    harness = await startHarness(status(502, { message: 'Bad Gateway' }));
    const error = await rejectionOf(harness.run(harness.api.dashboard.get()));
    expect(error).toMatchObject({ kind: 'server', status: 502 });
    expect(harness.server.received).toHaveLength(3);
  });

  it('repeats PUT and DELETE (idempotent) after a dropped connection', async () => {
    harness = await startHarness(inTurn(drop, status(200, contactList), drop, status(204, undefined)));
    await expect(harness.run(harness.api.lists.update(73, { name: 'Клиенты март' }))).resolves.toMatchObject({ id: 73 });
    await expect(harness.run(harness.api.lists.delete(73))).resolves.toBeUndefined();
    expect(harness.server.received.map((r) => r.method)).toEqual(['PUT', 'PUT', 'DELETE', 'DELETE']);
  });

  it('repeats a GET that timed out', async () => {
    harness = await startHarness(inTurn(hang, status(200, laravelPage([sound]))), { timeoutMs: 5000 });
    const pending = harness.api.sounds.list();
    await until(() => harness.server.received.length === 1);
    await harness.clock.advance(5000);
    const page = await harness.run(pending);
    expect(page.data[0]?.id).toBe(5);
    expect(harness.events.map((e) => e.kind)).toEqual(['timeout', undefined]);
  });

  it.each([
    ['a 500', status(500)],
    ['a dropped connection', drop],
  ])('never blindly repeats a POST after %s', async (_, failure) => {
    harness = await startHarness(failure);
    await rejectionOf(harness.run(harness.api.payments.create({ amount: 1000 })));
    await rejectionOf(harness.run(harness.api.flashCalls.send({ number: '+77010000000', digits: 4 })));
    await rejectionOf(harness.run(harness.api.lists.append(73, { numbers: [{ number: '+77010000001' }] })));
    expect(harness.server.received.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /api/v1/payments',
      'POST /api/v1/flash-calls',
      'POST /api/v1/lists/append/73',
    ]);
  });

  it('never repeats a POST that timed out', async () => {
    harness = await startHarness(hang, { timeoutMs: 5000 });
    const failure = rejectionOf(
      harness.api.sounds.create({ name: 'Привет', type: 'synthesis', data: [{ text: 'Здравствуйте' }] }),
    );
    await until(() => harness.server.received.length === 1);
    await harness.clock.advance(5000);
    expect(await failure).toMatchObject({ kind: 'timeout', timeoutMs: 5000 });
    await harness.clock.advance(60_000);
    expect(harness.server.received).toHaveLength(1);
  });

  it('repeats the calculate POSTs, which create nothing', async () => {
    harness = await startHarness(inTurn(status(500), status(201, { max_cost: '245.60' })));
    const estimate = await harness.run(harness.api.autocalls.calculate({ name: 'Акция', type: 'regular', audio_id: [5], list_id: [10] }));
    expect(estimate.max_cost).toBe(245.6);
    expect(harness.server.received).toHaveLength(2);
  });

  it('never repeats GET /autocalls/relaunch (it creates a list) nor a billed transcript', async () => {
    harness = await startHarness(status(500));
    await rejectionOf(harness.run(harness.api.autocalls.relaunch(42)));
    await rejectionOf(harness.run(harness.api.sounds.listen('rec-1.wav', 'text')));
    expect(harness.server.received).toHaveLength(2);
  });

  it('honours Retry-After on 429 for the whole key, with jitter, and then retries even a POST', async () => {
    harness = await startHarness(
      inTurn(status(429, { message: 'Too Many Attempts.' }, { 'retry-after': '2' }), status(201, { payment_url: 'https://pay' }), status(200, sound)),
    );
    const { clock, server, api } = harness;
    const topUp = api.payments.create({ amount: 1000 });
    await until(() => harness.events.length === 1);
    await settle();
    const pause = clock.pending().filter((ms) => ms < 10_000);
    expect(pause).toHaveLength(1);
    expect(pause[0]).toBeGreaterThanOrEqual(2000);
    expect(pause[0]).toBeLessThanOrEqual(2100);

    // Another call on the same key waits out the pause too.
    const read = api.sounds.get(5);
    await clock.advance(1999);
    expect(server.received).toHaveLength(1);
    await clock.advance(101);
    await expect(harness.run(topUp)).resolves.toEqual({ payment_url: 'https://pay' });
    await expect(harness.run(read)).resolves.toMatchObject({ id: 5 });
    expect(server.received.map((r) => r.method)).toEqual(['POST', 'POST', 'GET']);
  });

  it('backs off exponentially on 429 without Retry-After, up to the attempts', async () => {
    harness = await startHarness(status(429, { message: 'Too Many Attempts.' }));
    const error = await rejectionOf(harness.run(harness.api.settings.get()));
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterMs: null });
    expect(harness.server.received).toHaveLength(3);
  });

  it('reports every attempt to onCall with status, kind, start and duration', async () => {
    harness = await startHarness(inTurn(status(503), status(200, sound)));
    const sentAt = harness.clock.now();
    await harness.run(harness.api.sounds.get(5));
    const retriedAt = sentAt + (harness.clock.sleeps.find((ms) => ms > 0 && ms < 15_000) ?? Number.NaN);
    expect(harness.events).toEqual([
      { operation: 'get-sounds-id', method: 'GET', path: '/sounds/{id}', status: 503, kind: 'server', startedAt: sentAt, durationMs: 0 },
      { operation: 'get-sounds-id', method: 'GET', path: '/sounds/{id}', status: 200, startedAt: retriedAt, durationMs: 0 },
    ]);
  });
});
