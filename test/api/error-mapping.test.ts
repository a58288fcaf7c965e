import { afterEach, describe, expect, it } from 'vitest';
import { AutocallError, createAutocallClient, isAutocallError, type AutocallApi, type AutocallCreate } from '../../src/api/index.js';
import { FakeClock } from './support/fake-clock.js';
import { API_KEY, rejectionOf, startHarness, type Harness } from './support/harness.js';
import { reply } from './support/stub-server.js';

interface ErrorCase {
  name: string;
  call: (api: AutocallApi) => Promise<unknown>;
  status: number;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  expected: Record<string, unknown>;
}

const validAutocall: AutocallCreate = { name: 'Акция', type: 'regular', audio_id: [5], list_id: [10] };

const cases: ErrorCase[] = [
  {
    name: '401 → unauthenticated',
    call: (api) => api.settings.get(),
    status: 401,
    body: { message: 'Unauthenticated.' },
    expected: { kind: 'unauthenticated', status: 401, serverMessage: 'Unauthenticated.', operation: 'get-settings', method: 'GET', path: '/settings' },
  },
  {
    name: '402 → insufficient_funds',
    call: (api) => api.sounds.create({ name: 'Приветствие', type: 'synthesis', data: [{ text: 'Здравствуйте' }] }),
    status: 402,
    body: { message: 'Недостаточно средств для синтеза речи.' },
    expected: { kind: 'insufficient_funds', status: 402, serverMessage: 'Недостаточно средств для синтеза речи.', operation: 'post-sounds', method: 'POST' },
  },
  {
    name: '403 spam suspicion → forbidden with the server reason and fields',
    call: (api) => api.autocalls.create(validAutocall),
    status: 403,
    body: { message: 'Подозрение на спам: слишком короткая аудиозапись.', errors: { audio_id: ['Аудиозапись короче 5 секунд.'] } },
    expected: {
      kind: 'forbidden',
      serverMessage: 'Подозрение на спам: слишком короткая аудиозапись.',
      fields: { audio_id: ['Аудиозапись короче 5 секунд.'] },
    },
  },
  {
    name: '403 campaign not finished → forbidden',
    call: (api) => api.autocalls.relaunch(42),
    status: 403,
    body: { message: 'Обзвон ещё не завершён.', errors: [] },
    expected: { kind: 'forbidden', serverMessage: 'Обзвон ещё не завершён.', fields: {}, path: '/autocalls/relaunch/{id}' },
  },
  {
    name: '403 tariff limit → forbidden',
    call: (api) => api.callerIds.rent({ caller_id_id: 42 }),
    status: 403,
    body: { message: 'Тариф Bronze не поддерживает аренду номеров.' },
    expected: { kind: 'forbidden', serverMessage: 'Тариф Bronze не поддерживает аренду номеров.', fields: {} },
  },
  {
    name: '404 → not_found',
    call: (api) => api.lists.get(999),
    status: 404,
    body: { message: 'Not found.' },
    expected: { kind: 'not_found', status: 404, path: '/lists/{id}' },
  },
  {
    name: '409 → conflict',
    call: (api) => api.callerIds.rent({ caller_id_id: 42 }),
    status: 409,
    body: { message: 'Номер уже занят.' },
    expected: { kind: 'conflict', serverMessage: 'Номер уже занят.' },
  },
  {
    name: '422 → validation, field → messages',
    call: (api) => api.lists.create({ name: 'Клиенты', numbers: [{ number: '+77010000001' }] }),
    status: 422,
    body: { message: 'The given data was invalid.', errors: { name: ['Список с таким именем уже есть.'], 'numbers.0.number': ['Номер в чёрном списке.'] } },
    expected: {
      kind: 'validation',
      fields: { name: ['Список с таким именем уже есть.'], 'numbers.0.number': ['Номер в чёрном списке.'] },
    },
  },
  {
    name: '422 without errors (flash call code unavailable) → validation with no fields',
    call: (api) => api.flashCalls.send({ number: '+77010000000', code: '7823' }),
    status: 422,
    body: { message: 'Номер с нужными цифрами недоступен.' },
    expected: { kind: 'validation', fields: {}, serverMessage: 'Номер с нужными цифрами недоступен.' },
  },
  {
    name: '429 asking for longer than the rate window → rate_limited at once, with Retry-After',
    call: (api) => api.flashCalls.send({ number: '+77010000000', digits: 4 }),
    status: 429,
    body: { message: 'Не более 3 попыток на номер за 5 минут.' },
    headers: { 'retry-after': '300' },
    expected: { kind: 'rate_limited', retryAfterMs: 300_000, status: 429 },
  },
  {
    name: '500 → server',
    call: (api) => api.bulks.create({ name: 'Акция', text: 'Скидка 20%', list_id: [10] }),
    status: 500,
    body: { message: 'Server Error.' },
    expected: { kind: 'server', status: 500, serverMessage: 'Server Error.' },
  },
  {
    name: '503 with an HTML page → server, no message',
    call: (api) => api.payments.create({ amount: 1000 }),
    status: 503,
    rawBody: '<html><body>Service Unavailable</body></html>',
    expected: { kind: 'server', status: 503, serverMessage: null },
  },
  {
    name: 'unexpected status → invalid_response',
    call: (api) => api.dashboard.get(),
    status: 418,
    body: { message: "I'm a teapot" },
    expected: { kind: 'invalid_response', issues: ['unexpected HTTP status 418'], serverMessage: "I'm a teapot" },
  },
  {
    name: '200 that is not JSON → invalid_response',
    call: (api) => api.payments.balance(),
    status: 200,
    rawBody: '<html>maintenance</html>',
    expected: { kind: 'invalid_response', status: 200, issues: ['(root): expected a JSON body'] },
  },
];

describe('error mapping: every failure is an AutocallError value with a kind', () => {
  let harness: Harness;
  afterEach(() => harness.close());

  it.each(cases)('$name', async ({ call, status, body, rawBody, headers, expected }) => {
    harness = await startHarness((_, response) => {
      if (rawBody === undefined) {
        reply(response, status, body, headers);
        return;
      }
      response.writeHead(status, { 'content-type': 'text/html', ...headers });
      response.end(rawBody);
    });
    const error = await rejectionOf(harness.run(call(harness.api)));
    expect(error).toBeInstanceOf(AutocallError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'AutocallError', ...expected });
    expect(harness.server.received).toHaveLength(1);
  });

  it('a 200 whose body breaks the schema → invalid_response naming the field', async () => {
    harness = await startHarness((_, response) => reply(response, 200, { balance: 'a lot', currency: '₸' }));
    const error = await rejectionOf(harness.run(harness.api.payments.balance()));
    expect(isAutocallError(error) && error.kind === 'invalid_response' && error.issues.join()).toContain('balance');
  });

  it('a connection dropped mid-request → network (a POST is not repeated)', async () => {
    harness = await startHarness((_, response) => void response.socket?.destroy());
    const error = await rejectionOf(harness.run(harness.api.payments.create({ amount: 500 })));
    expect(error).toMatchObject({ kind: 'network', status: null, operation: 'post-payments' });
    expect(harness.server.received).toHaveLength(1);
  });

  it('a refused connection → network with ECONNREFUSED, after the retries', async () => {
    harness = await startHarness();
    const { apiUrl } = harness.server;
    await harness.server.close();
    const clock = new FakeClock();
    const client = createAutocallClient({ apiUrl, publicApiUrl: apiUrl, clock, retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 10 } });
    const pending = client.forKey(API_KEY).payments.create({ amount: 500 });
    pending.catch(() => undefined);
    while (clock.sleeps.filter((ms) => ms < 15_000).length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await clock.advance(10);
    const error = await rejectionOf(pending);
    expect(error).toMatchObject({ kind: 'network', code: 'ECONNREFUSED' });
    await client.close();
  });

  it('narrows on kind, so the details are typed', async () => {
    harness = await startHarness((_, response) =>
      reply(response, 422, { message: 'The given data was invalid.', errors: { amount: ['Минимум 200.'] } }),
    );
    const error = await rejectionOf(harness.run(harness.api.payments.create({ amount: 300 })));
    if (!isAutocallError(error) || error.kind !== 'validation') throw new Error('expected a validation error');
    const fields: Record<string, string[]> = error.fields;
    expect(fields).toEqual({ amount: ['Минимум 200.'] });
  });

  it('a request that breaks the contract fails like a 422, without leaving the process', async () => {
    harness = await startHarness((_, response) =>
      reply(response, 422, { message: 'The given data was invalid.', errors: { amount: ['Минимум 200.'] } }),
    );
    const local = await rejectionOf(harness.api.payments.create({ amount: 150 }));
    expect(harness.server.received).toHaveLength(0);
    const remote = await rejectionOf(harness.run(harness.api.payments.create({ amount: 300 })));

    for (const error of [local, remote]) {
      expect(error).toBeInstanceOf(AutocallError);
      expect(error).toMatchObject({ kind: 'validation', operation: 'post-payments', method: 'POST', path: '/payments' });
      expect(Object.keys((error as { fields: object }).fields)).toEqual(['amount']);
    }
    expect(local).toMatchObject({ status: null });
    expect(remote).toMatchObject({ status: 422 });
  });

  it('never exposes the API key in errors or call events', async () => {
    harness = await startHarness((_, response) => reply(response, 401, { message: 'Unauthenticated.' }));
    const error = await rejectionOf(harness.run(harness.api.settings.get()));
    const invalid = await rejectionOf(harness.api.payments.create({ amount: 1 }));
    const surfaces = [error, invalid].flatMap((e) => [String(e), JSON.stringify(e), (e as Error).stack ?? '']);
    surfaces.push(JSON.stringify(harness.events));
    for (const text of surfaces) expect(text).not.toContain(API_KEY);
    expect(harness.server.received[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it('refuses a malformed key as unauthenticated without sending it', async () => {
    harness = await startHarness();
    const error = await rejectionOf(harness.client.forKey('my key\n').settings.get());
    expect(error).toMatchObject({ kind: 'unauthenticated', status: null });
    expect(harness.server.received).toHaveLength(0);
  });
});
