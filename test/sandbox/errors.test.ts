/**
 * Every error status the contract names, in its shapes: 401, 404, 422 (schema rules mapped to Laravel field paths
 * and the rules the contract states in prose), 402, 403, 409 and 429.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { silentWav } from './support/audio-fixtures.js';
import { clientFor, kzNumbers, expectContract, HOUR, MINUTE, MONDAY_10_ALMATY, obj, type CallOptions } from './support/client.js';

let sandbox: Sandbox;
let api: ReturnType<typeof clientFor>;

beforeAll(async () => {
  sandbox = await startSandbox({ keys: ['demo'], startAt: MONDAY_10_ALMATY, seed: 11 });
  api = clientFor(sandbox);
  // Built first, the demo account owns the first ids: list 101, sound 41, campaign 1001 (the tables use them).
  await api.call('get-balance');
});

it('seeds the demo account with the ids the tables below use', () => {
  const state = sandbox.state('demo');
  expect(state?.['lists']).toEqual(expect.arrayContaining([expect.objectContaining({ id: 101 })]));
  expect(state?.['sounds']).toEqual(expect.arrayContaining([expect.objectContaining({ id: 41, moderation: 'confirmed' })]));
  expect(state?.['autocalls']).toEqual([expect.objectContaining({ id: 1001, status: 'completed' })]);
});

afterAll(async () => {
  await sandbox.close();
});

describe('401 Unauthenticated', () => {
  it.each([
    ['no Authorization header', null],
    ['a key nobody has', 'not-a-key'],
  ])('%s', async (_name, key) => {
    const answer = await api.call('get-balance', { key });
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ message: 'Unauthenticated.' });
    expectContract('get-balance', answer);
  });

  it('answers 401 once a key is revoked', async () => {
    sandbox.createAccount('revoked-later', { seeded: false });
    expect((await api.call('get-balance', { key: 'revoked-later' })).status).toBe(200);
    sandbox.revokeKey('revoked-later');
    expect((await api.call('get-balance', { key: 'revoked-later' })).status).toBe(401);
  });

  it('needs no key for the public API', async () => {
    expect((await api.call('getTariffs', { key: null })).status).toBe(200);
  });
});

describe('404 Not found', () => {
  it.each<[string, string, CallOptions]>([
    ['a list that does not exist', 'get-lists-id', { params: { id: 999999 } }],
    ['a list id that is not a number', 'get-lists-id', { params: { id: 'abc' } }],
    ['a contact that does not exist', 'get-contacts-id', { params: { id: 1 } }],
    ['a sound that does not exist', 'put-sounds-id', { params: { id: 5 }, body: { name: 'x' } }],
    ['a message id that is not a number', 'get-messages-id', { params: { id: 'abc' } }],
    ['a call that does not exist', 'get-calls-id', { params: { id: 42 } }],
    ['a notification that does not exist', 'put-notifications-id', { params: { id: 'no-such-uuid' } }],
    ['a rental that does not exist', 'delete-caller-ids-id', { params: { id: 9 } }],
    ['a voice answer that does not exist', 'get-sounds-listen-file', { params: { file: 'rec-1-1.wav' }, query: { type: 'download' } }],
    ['a recording of a call that does not exist', 'get-calls-recordings-id', { params: { id: 1 } }],
  ])('%s', async (_name, operationId, options) => {
    const answer = await api.call(operationId, options);
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ message: 'Not found.' });
    expectContract(operationId, answer);
  });

  it('answers 404 for a path outside the contract', async () => {
    const response = await fetch(`${sandbox.apiUrl}/nope`, { headers: { Authorization: 'Bearer demo' } });
    expect(response.status).toBe(404);
  });
});

describe('422 validation', () => {
  it.each<[string, string, CallOptions, string[]]>([
    ['an empty list request', 'post-lists', { body: {} }, ['name', 'numbers']],
    ['an empty list name', 'post-lists', { body: { name: '', numbers: [] } }, ['name']],
    ['a number typed with 8 instead of +7', 'post-lists', { body: { name: 'a', numbers: [{ number: '87011234567' }] } }, ['numbers.0.number']],
    ['a number with spaces', 'post-lists', { body: { name: 'a', numbers: [{ number: '+7 701 123 45 67' }] } }, ['numbers.0.number']],
    ['an unknown operator code 703', 'post-lists', { body: { name: 'a', numbers: [...kzNumbers(3), { number: '+77031234567' }] } }, ['numbers.3.number']],
    ['more than 10 000 numbers', 'post-lists', { body: { name: 'a', numbers: kzNumbers(10001) } }, ['numbers']],
    ['a Cyrillic variable name', 'post-lists', { body: { name: 'a', numbers: [{ number: '+77011234567', variables: { имя: 'Иван' } }] } }, ['numbers.0.variables']],
    ['synthesis without text', 'post-sounds', { body: { name: 'a', type: 'synthesis', data: [{ voice: 'jane' }] } }, ['data.0.text']],
    ['an upload that is not audio', 'post-sounds', { body: { name: 'a', type: 'upload', data: [{ file: Buffer.from('hello').toString('base64') }] } }, ['data.0.file']],
    ['an unknown voice and speed', 'post-sounds', { body: { name: 'a', type: 'synthesis', data: [{ text: 'x', voice: 'robot', speed: 5 }] } }, ['data.0.voice', 'data.0.speed']],
    ['a scenario that is not JSON', 'post-scenarios', { body: { name: 'a', data: 'steps: 1' } }, ['data']],
    ['a window that ends before it starts', 'post-autocalls', { body: { name: 'a', type: 'regular', audio_id: [41], list_id: [101], time_from: '18:00:00', time_to: '10:00:00' } }, ['time_to']],
    ['a time that is no time', 'post-autocalls', { body: { name: 'a', type: 'regular', audio_id: [41], list_id: [101], time_from: '25:00:00' } }, ['time_from']],
    ['a regular campaign without audio', 'post-autocalls', { body: { name: 'a', type: 'regular', list_id: [101] } }, ['audio_id']],
    ['an interactive campaign without scenario', 'post-autocalls', { body: { name: 'a', type: 'interactive', list_id: [101] } }, ['scenario_id']],
    ['lists and audio that do not exist', 'post-autocalls', { body: { name: 'a', type: 'regular', audio_id: [41, 999], list_id: [101, 999] } }, ['audio_id.1', 'list_id.1']],
    ['a list item that is neither id nor number', 'post-autocalls', { body: { name: 'a', type: 'regular', audio_id: [41], list_id: ['abc'] } }, ['list_id.0']],
    ['SMS on answer without text', 'post-autocalls', { body: { name: 'a', type: 'regular', audio_id: [41], list_id: [101], sms: true } }, ['text']],
    ['a start date in the past', 'post-autocalls', { body: { name: 'a', type: 'regular', audio_id: [41], list_id: [101], date_from: '2025-03-02' } }, ['date_from']],
    ['a start date that does not exist', 'post-autocalls', { body: { name: 'a', type: 'regular', audio_id: [41], list_id: [101], date_from: '2025-02-30' } }, ['date_from']],
    ['a caller ID not rented', 'post-autocalls', { body: { name: 'a', type: 'regular', audio_id: [41], list_id: [101], caller_id: '+77000000000' } }, ['caller_id']],
    ['five tries', 'post-autocalls-calculate', { body: { name: 'a', type: 'regular', audio_id: [41], list_id: [101], max_tries: 5 } }, ['max_tries']],
    ['an SMS campaign without text or recipients', 'post-bulks', { body: { name: 'a', text: '', list_id: [] } }, ['text', 'list_id']],
    ['a flash call without digits or code', 'post-flash-calls', { body: { number: '+77010000000' } }, ['digits']],
    ['a custom code missing from the pool', 'post-flash-calls', { body: { number: '+77010000000', code: '01234' } }, ['code']],
    ['a landline as confirmed number', 'post-settings-confirmed-numbers', { body: { number: '+77172000000' } }, ['number']],
    ['a wrong verification code', 'post-settings-confirmed-numbers', { body: { verification_code: 12345 } }, ['verification_code']],
    ['a visit card audio that does not exist', 'put-settings', { body: { visit_card_audio: 999999 } }, ['visit_card_audio']],
    ['a visit card text over one SMS', 'put-settings', { body: { visit_card_text: 'Ж'.repeat(71) } }, ['visit_card_text']],
    ['a top-up under 200 ₸', 'post-payments', { body: { amount: 100 } }, ['amount']],
    ['an unknown order and page 0', 'get-lists', { query: { order: 'up', page: 0 } }, ['order', 'page']],
    ['dates in the wrong format', 'get-lists', { query: { date_from: '03.03.2025', date_to: '2025-13-01' } }, ['date_from', 'date_to']],
    ['listening without type', 'get-sounds-listen-file', { params: { file: 'rec-1-1.wav' } }, ['type']],
    ['a visit card type that does not exist', 'delete-settings-visit-card', { params: { visit_card_type: 'confirmed_numbers' } }, ['visit_card_type']],
    ['a pool id that does not exist', 'post-caller-ids', { body: { caller_id_id: 0 } }, ['caller_id_id']],
  ])('%s', async (_name, operationId, options, fields) => {
    const answer = await api.call(operationId, options);
    expect(answer.status).toBe(422);
    expect(obj(answer.body)['message']).toBe('The given data was invalid.');
    expect(Object.keys(obj(obj(answer.body)['errors'])).sort()).toEqual([...fields].sort());
    expectContract(operationId, answer);
  });

  it('ignores bad filters where the operation declares no 422', async () => {
    const answer = await api.call('get-autocalls', { query: { date_from: '03.03.2025', order: 'up', page: 0 } });
    expect(answer.status).toBe(200);
    expect(obj(answer.body)['total']).toBeGreaterThan(0);
    expectContract('get-autocalls', answer);
  });

  it('reads a malformed JSON body as no input, as Laravel does', async () => {
    const response = await fetch(`${sandbox.apiUrl}/lists`, {
      method: 'POST',
      headers: { Authorization: 'Bearer demo', 'Content-Type': 'application/json' },
      body: '{"name": "a", "numbers": [',
    });
    expect(response.status).toBe(422);
    expect(Object.keys(obj(obj(await response.json())['errors'])).sort()).toEqual(['name', 'numbers']);
  });

  it('writes messages in Russian with the field path', async () => {
    const answer = await api.call('post-lists', { body: { name: 'a', numbers: [{ number: '123' }] } });
    expect(obj(obj(answer.body)['errors'])['numbers.0.number']).toEqual([
      'Количество символов в поле numbers.0.number должно быть не меньше 12.',
      'Поле numbers.0.number имеет ошибочный формат.',
    ]);
  });

  it('refuses to edit a finished campaign and to delete a running one', async () => {
    const finished = await api.call('put-autocalls-id', { params: { id: 1001 }, body: { name: 'b' } });
    expect(finished.status).toBe(422);
    expect(Object.keys(obj(obj(finished.body)['errors']))).toEqual(['status']);
    const created = await api.call('post-autocalls', {
      body: { name: 'Долгий', type: 'regular', audio_id: [41], list_id: [{ number: '+77011110000' }, ...kzNumbers(100, '+7702')], time_from: '00:00:00', time_to: '23:59:59' },
    });
    sandbox.clock.advance(3 * MINUTE);
    const id = Number(obj(created.body)['id']);
    expect(obj((await api.call('get-autocalls-id', { params: { id } })).body)['status']).toBe('running');
    const running = await api.call('delete-autocalls-id', { params: { id } });
    expect(running.status).toBe(422);
    expect(Object.keys(obj(obj(running.body)['errors']))).toEqual(['status']);
  });

  it('refuses to delete a list a running campaign uses', async () => {
    const list = await api.call('post-lists', { body: { name: 'В работе', numbers: kzNumbers(40, '+7705') } });
    const listId = Number(obj(list.body)['id']);
    await api.call('post-autocalls', { body: { name: 'c', type: 'regular', audio_id: [41], list_id: [listId] } });
    const answer = await api.call('delete-lists-id', { params: { id: listId } });
    expect(answer.status).toBe(422);
    expect(obj(obj(answer.body)['errors'])).toHaveProperty('id');
  });
});

describe('402 Payment required', () => {
  beforeAll(() => {
    sandbox.createAccount('poor', { seeded: false, balance: 5 });
  });

  it.each<[string, string, CallOptions]>([
    ['synthesis', 'post-sounds', { body: { name: 'a', type: 'synthesis', data: [{ text: 'Здравствуйте! Это длинное сообщение.' }] } }],
    ['a flash call', 'post-flash-calls', { body: { number: '+77010000000', digits: 4 } }],
    ['a caller-ID rental', 'post-caller-ids', { body: { caller_id_id: 7 } }],
  ])('%s', async (_name, operationId, options) => {
    const answer = await api.call(operationId, { ...options, key: 'poor' });
    expect(answer.status).toBe(402);
    expect(typeof obj(answer.body)['message']).toBe('string');
    expectContract(operationId, answer);
  });

  it('answers 402 for a campaign the balance cannot reserve, and spends nothing', async () => {
    for (const [operationId, body] of [
      ['post-autocalls', { name: 'a', type: 'regular', audio_id: [{ type: 'upload', data: { file: silentWav(1).toString('base64') } }], list_id: kzNumbers(10) }],
      ['post-bulks', { name: 'a', text: 'Скидки', list_id: kzNumbers(10) }],
    ] as const) {
      const answer = await api.call(operationId, { key: 'poor', body });
      expect(answer.status).toBe(402);
      expect(obj(answer.body)['message']).toMatch(/Недостаточно средств/);
    }
    expect(obj((await api.call('get-balance', { key: 'poor' })).body)['balance']).toBe(5);
    expect(obj((await api.call('get-lists', { key: 'poor' })).body)['total']).toBe(0);
  });
});

describe('403 Forbidden', () => {
  it('rejects a campaign to more than 1000 numbers with a 1-second audio as spam', async () => {
    const body = { name: 'Спам', type: 'regular', audio_id: [{ type: 'synthesis', data: { text: 'Да.' } }], list_id: kzNumbers(1001) };
    for (const operationId of ['post-autocalls-calculate', 'post-autocalls']) {
      const answer = await api.call(operationId, { body });
      expect(answer.status).toBe(403);
      expect(obj(obj(answer.body)['errors'])).toHaveProperty('audio_id');
      expectContract(operationId, answer);
    }
  });

  it('refuses to relaunch a campaign that has not finished', async () => {
    const created = await api.call('post-autocalls', { body: { name: 'd', type: 'regular', audio_id: [41], list_id: [101] } });
    const answer = await api.call('get-autocalls-relaunch-id', { params: { id: Number(obj(created.body)['id']) } });
    expect(answer.status).toBe(403);
    expectContract('get-autocalls-relaunch-id', answer);
  });

  it('enforces the tariff limits on caller IDs: Bronze none, Silver one', async () => {
    sandbox.createAccount('bronze', { tariff: 'BRONZE', seeded: false });
    const bronze = await api.call('post-caller-ids', { key: 'bronze', body: { caller_id_id: 11 } });
    expect(bronze.status).toBe(403);
    expectContract('post-caller-ids', bronze);
    const silver = await api.call('post-caller-ids', { body: { caller_id_id: 11 } });
    expect(silver.status).toBe(403);
    expect(obj(silver.body)['message']).toMatch(/лимит/);
  });

  it('refuses a test call to a blacklisted number', async () => {
    const answer = await api.call('sendTestCall', { key: null, body: { phone: '7770000000' } });
    expect(answer.status).toBe(403);
    expectContract('sendTestCall', answer);
  });
});

describe('409 Conflict', () => {
  it('refuses a caller ID another customer holds', async () => {
    sandbox.createAccount('gold-a', { tariff: 'GOLD', seeded: false });
    sandbox.createAccount('gold-b', { tariff: 'GOLD', seeded: false });
    const outside = await api.call('post-caller-ids', { key: 'gold-a', body: { caller_id_id: 10 } });
    expect(outside.status).toBe(409);
    expectContract('post-caller-ids', outside);
    expect((await api.call('post-caller-ids', { key: 'gold-a', body: { caller_id_id: 13 } })).status).toBe(201);
    expect((await api.call('post-caller-ids', { key: 'gold-b', body: { caller_id_id: 13 } })).status).toBe(409);
  });
});

describe('429 Too Many Attempts', () => {
  it('limits requests per key per minute, with Laravel headers, and lets the next minute through', async () => {
    const limited = await startSandbox({ keys: ['k1', 'k2'], startAt: MONDAY_10_ALMATY, rateLimitPerMin: 5 });
    try {
      const client = clientFor(limited, 'k1');
      for (let i = 0; i < 5; i++) {
        const answer = await client.call('get-balance');
        expect(answer.status).toBe(200);
        expect(answer.headers.get('x-ratelimit-remaining')).toBe(String(4 - i));
      }
      const refused = await client.call('get-balance');
      expect(refused.status).toBe(429);
      expect(refused.body).toEqual({ message: 'Too Many Attempts.' });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expectContract('get-balance', refused);
      expect((await client.call('get-balance', { key: 'k2' })).status).toBe(200);
      limited.clock.advance(MINUTE);
      expect((await client.call('get-balance')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('allows 3 flash calls per number per 5 minutes', async () => {
    const send = () => api.call('post-flash-calls', { body: { number: '+77051112233', digits: 4 } });
    for (let i = 0; i < 3; i++) expect((await send()).status).toBe(201);
    const refused = await send();
    expect(refused.status).toBe(429);
    expectContract('post-flash-calls', refused);
    expect((await api.call('post-flash-calls', { body: { number: '+77051112234', digits: 4 } })).status).toBe(201);
    sandbox.clock.advance(5 * MINUTE);
    expect((await send()).status).toBe(201);
  });

  it('allows one test call per number a day and two requests a minute per IP', async () => {
    const call = (phone: string) => api.call('sendTestCall', { key: null, body: { phone } });
    sandbox.clock.advance(MINUTE);
    expect((await call('7012223344')).status).toBe(200);
    const again = await call('7012223344');
    expect(again.status).toBe(429);
    expectContract('sendTestCall', again);
    expect((await call('7012223345')).status).toBe(429);
    sandbox.clock.advance(MINUTE);
    expect((await call('7012223345')).status).toBe(200);
  });

  it('refuses test calls outside 09:00–21:30 Almaty time with 422', async () => {
    sandbox.clock.advance(12 * HOUR);
    const answer = await api.call('sendTestCall', { key: null, body: { phone: '7012223399' } });
    expect(answer.status).toBe(422);
    expectContract('sendTestCall', answer);
  });
});
