import { afterEach, describe, expect, it } from 'vitest';
import { settle } from './support/fake-clock.js';
import { sound } from './support/fixtures.js';
import { rejectionOf, startHarness, type Harness } from './support/harness.js';
import { reply, type StubHandler } from './support/stub-server.js';

const hang: StubHandler = () => undefined;

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 1));
}

describe('timeouts and cancellation', () => {
  let harness: Harness;
  afterEach(() => harness.close());

  it('times out every attempt after timeoutMs, on the injected clock', async () => {
    harness = await startHarness(hang, { timeoutMs: 15_000, retry: { attempts: 1, baseDelayMs: 100, maxDelayMs: 100 } });
    const failure = rejectionOf(harness.api.settings.get());
    await until(() => harness.server.received.length === 1);
    await harness.clock.advance(14_999);
    expect(harness.events).toHaveLength(0);
    await harness.clock.advance(1);
    expect(await failure).toMatchObject({ kind: 'timeout', timeoutMs: 15_000, status: null, operation: 'get-settings' });
    expect(harness.events).toEqual([
      { operation: 'get-settings', method: 'GET', path: '/settings', status: null, kind: 'timeout', startedAt: 1_700_000_000_000, durationMs: 15_000 },
    ]);
  });

  it('aborts a request in flight, without retrying it', async () => {
    harness = await startHarness(hang);
    const controller = new AbortController();
    const failure = rejectionOf(harness.api.sounds.get(5, { signal: controller.signal }));
    await until(() => harness.server.received.length === 1);
    controller.abort();
    expect(await failure).toMatchObject({ kind: 'aborted', operation: 'get-sounds-id' });
    await harness.clock.advance(60_000);
    expect(harness.server.received).toHaveLength(1);
  });

  it('aborts a call still queued behind the rate limit, which then never goes out', async () => {
    harness = await startHarness((_, response) => reply(response, 200, sound), { rateLimit: { limit: 1, windowMs: 60_000 } });
    await harness.run(harness.api.sounds.get(5));
    const controller = new AbortController();
    const failure = rejectionOf(harness.api.sounds.get(5, { signal: controller.signal }));
    await settle();
    controller.abort();
    expect(await failure).toMatchObject({ kind: 'aborted' });
    await harness.clock.advance(60_000);
    expect(harness.server.received).toHaveLength(1);
  });

  it('aborts while waiting to retry', async () => {
    harness = await startHarness((_, response) => reply(response, 500, { message: 'Server Error.' }));
    const controller = new AbortController();
    const failure = rejectionOf(harness.api.dashboard.get({ signal: controller.signal }));
    await until(() => harness.events.length === 1);
    controller.abort();
    expect(await failure).toMatchObject({ kind: 'aborted' });
    expect(harness.server.received).toHaveLength(1);
  });

  it('does not send at all with an already aborted signal', async () => {
    harness = await startHarness((_, response) => reply(response, 200, sound));
    const error = await rejectionOf(harness.api.sounds.get(5, { signal: AbortSignal.abort() }));
    expect(error).toMatchObject({ kind: 'aborted' });
    expect(harness.server.received).toHaveLength(0);
  });

  it('close() aborts calls in flight and queued', async () => {
    harness = await startHarness(hang, { rateLimit: { limit: 1, windowMs: 60_000 } });
    const inFlight = rejectionOf(harness.api.sounds.get(5));
    const queued = rejectionOf(harness.api.sounds.get(6));
    await until(() => harness.server.received.length === 1);
    await harness.client.close();
    expect(await inFlight).toMatchObject({ kind: 'aborted' });
    expect(await queued).toMatchObject({ kind: 'aborted' });
    expect(harness.server.received).toHaveLength(1);
  });
});
