import { afterEach, describe, expect, it } from 'vitest';
import { autocall, bulk, contactList, laravelPage } from './support/fixtures.js';
import { rejectionOf, startHarness, type Harness } from './support/harness.js';
import { reply, type StubHandler } from './support/stub-server.js';

type Failure = 'none' | 'lose-response' | 'fail-before-create' | 'fail-after-create';

/**
 * A tiny AutoCall that stores what it creates, looks it up by `client_id` like the real one
 * (404 when nothing matches), and fails creates as scripted.
 */
function fakeAutocall(resource: 'lists' | 'autocalls' | 'bulks', script: Failure[]) {
  const stored: { id: number; client_id: string | null }[] = [];
  const template = { lists: contactList, autocalls: autocall, bulks: bulk }[resource];
  let creates = 0;
  const handler: StubHandler = (request, response) => {
    const url = new URL(request.url, 'http://x');
    const path = url.pathname.replace('/api/v1', '');
    if (request.method === 'POST' && path === `/${resource}`) {
      const failure = script[Math.min(creates++, script.length - 1)] ?? 'none';
      if (failure === 'fail-before-create') return reply(response, 500, { message: 'Server Error.' });
      const body = JSON.parse(request.body) as { client_id?: string };
      const item = { ...template, id: 100 + stored.length, client_id: body.client_id ?? null };
      stored.push(item);
      if (failure === 'lose-response') return void response.socket?.destroy();
      if (failure === 'fail-after-create') return reply(response, 502, { message: 'Bad Gateway' });
      return reply(response, 201, item);
    }
    if (request.method === 'GET' && path === `/${resource}`) {
      const clientId = url.searchParams.get('client_id');
      const matches = stored.filter((item) => item.client_id === clientId).reverse();
      return matches.length === 0 ? reply(response, 404, { message: 'Not found.' }) : reply(response, 200, laravelPage(matches));
    }
    const byId = stored.find((item) => path === `/${resource}/${item.id}`);
    return byId === undefined ? reply(response, 404, { message: 'Not found.' }) : reply(response, 200, byId);
  };
  return { handler, stored };
}

const numbers = [{ number: '+77010000001' }, { number: '+77010000002' }];
const calls = (harness: Harness) => harness.server.received.map((r) => `${r.method} ${r.url.replace('/api/v1', '')}`);

describe('creates after an ambiguous failure: look up by client_id, never create twice', () => {
  let harness: Harness;
  afterEach(() => harness.close());

  it('a list whose response was lost is found, not created again', async () => {
    const server = fakeAutocall('lists', ['lose-response']);
    harness = await startHarness(server.handler);
    const list = await harness.run(harness.api.lists.create({ name: 'VIP', client_id: 'wizard-7f3a', numbers }));
    expect(list).toMatchObject({ id: 100, client_id: 'wizard-7f3a' });
    expect(server.stored).toHaveLength(1);
    expect(calls(harness)).toEqual(['POST /lists', 'GET /lists?order=desc&client_id=wizard-7f3a']);
  });

  it('a list the server failed before creating (lookup 404) is sent once more', async () => {
    const server = fakeAutocall('lists', ['fail-before-create', 'none']);
    harness = await startHarness(server.handler);
    const list = await harness.run(harness.api.lists.create({ name: 'VIP', client_id: 'wizard-7f3b', numbers }));
    expect(list.client_id).toBe('wizard-7f3b');
    expect(server.stored).toHaveLength(1);
    expect(calls(harness)).toEqual(['POST /lists', 'GET /lists?order=desc&client_id=wizard-7f3b', 'POST /lists']);
  });

  it('a 5xx after the server created it is recovered too', async () => {
    const server = fakeAutocall('lists', ['fail-after-create']);
    harness = await startHarness(server.handler);
    await expect(harness.run(harness.api.lists.create({ name: 'VIP', client_id: 'c-1', numbers }))).resolves.toMatchObject({ id: 100 });
    expect(server.stored).toHaveLength(1);
  });

  it('still ambiguous after the one resend: throws, without a third send', async () => {
    const server = fakeAutocall('lists', ['fail-before-create']);
    harness = await startHarness(server.handler);
    const error = await rejectionOf(harness.run(harness.api.lists.create({ name: 'VIP', client_id: 'c-2', numbers })));
    expect(error).toMatchObject({ kind: 'server', status: 500 });
    expect(calls(harness).filter((c) => c.startsWith('POST'))).toHaveLength(2);
  });

  it('throws the original failure when the lookup itself cannot tell', async () => {
    harness = await startHarness((request, response) =>
      request.method === 'POST' ? void response.socket?.destroy() : reply(response, 503, { message: 'Down' }),
    );
    const error = await rejectionOf(harness.run(harness.api.lists.create({ name: 'VIP', client_id: 'c-3', numbers })));
    expect(error).toMatchObject({ kind: 'network', operation: 'post-lists' });
    expect(calls(harness).filter((c) => c.startsWith('POST'))).toHaveLength(1);
  });

  it('without a client_id a create is never repeated nor looked up', async () => {
    const server = fakeAutocall('lists', ['lose-response']);
    harness = await startHarness(server.handler);
    await rejectionOf(harness.run(harness.api.lists.create({ name: 'VIP', numbers })));
    expect(calls(harness)).toEqual(['POST /lists']);
  });

  it('an autocall launch is never doubled: a lost 201 is found and returned in full', async () => {
    const server = fakeAutocall('autocalls', ['lose-response']);
    harness = await startHarness(server.handler);
    const result = await harness.run(
      harness.api.autocalls.create({ name: 'Акция', type: 'regular', audio_id: [5], list_id: [73], client_id: 'launch-1' }),
    );
    expect(result).toMatchObject({ status: 'created', autocall: { id: 100, client_id: 'launch-1', counters: { total: 1 } } });
    expect(server.stored).toHaveLength(1);
    expect(calls(harness)).toEqual([
      'POST /autocalls',
      'GET /autocalls?order=desc&client_id=launch-1',
      'GET /autocalls/100',
    ]);
  });

  it('an SMS bulk whose response was lost is found, not sent twice', async () => {
    const server = fakeAutocall('bulks', ['lose-response']);
    harness = await startHarness(server.handler);
    const result = await harness.run(
      harness.api.bulks.create({ name: 'Акция', text: 'Скидка 20%', list_id: [73], client_id: 'sms-1' }),
    );
    expect(result).toMatchObject({ id: 100, client_id: 'sms-1' });
    expect(server.stored).toHaveLength(1);
  });
});
