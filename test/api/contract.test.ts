import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  OPERATIONS,
  autocallCreateBody,
  autocallUpdateBody,
  bulkCalculateBody,
  bulkCreateBody,
  bulkUpdateBody,
  callerIdRentBody,
  confirmedNumberBody,
  flashCallBody,
  listAppendBody,
  listCreateBody,
  listUpdateBody,
  phonePatterns,
  scenarioCreateBody,
  scenarioUpdateBody,
  settingsUpdateBody,
  soundCreateBody,
  soundUpdateBody,
  testCallBody,
  topUpBody,
  type AutocallApi,
  type OperationId,
  type PublicApi,
} from '../../src/api/index.js';
import type {
  AutocallCreate,
  BulkCalculate,
  BulkCreate,
  FlashCallSend,
  ListCreate,
  SettingsUpdate,
  SoundCreate,
  TestCall,
  ConfirmedNumberStep,
  TopUp,
  CallerIdRent,
  ListAppend,
} from '../../src/api/index.js';
import { contractErrors, contractOperations, pathPattern, requestSchemaOf, spec } from './support/contract.js';
import {
  autocall,
  autocallSummary,
  bulk,
  bulkSummary,
  call,
  confirmedNumber,
  contact,
  contactList,
  laravelPage,
  message,
  notification,
  payments,
  scenario,
  settings,
  sound,
} from './support/fixtures.js';
import { startHarness, type Harness } from './support/harness.js';
import { reply, type StubHandler } from './support/stub-server.js';

interface Sdk {
  api: AutocallApi;
  publicApi: PublicApi;
}

/**
 * How the tests perform each operation: `send` calls the SDK method (with `body` when the
 * operation has one), `respond` is the server's success.
 */
interface Invocation {
  send(sdk: Sdk, body: unknown): Promise<unknown>;
  body?: unknown;
  respond: StubHandler;
}

const json =
  (status: number, body?: unknown): StubHandler =>
  (_, response) =>
    reply(response, status, body);
const audioFile: StubHandler = (_, response) => {
  response.writeHead(200, { 'content-type': 'audio/wav' });
  response.end(Buffer.from('RIFF0000WAVE'));
};
const noBody = json(204);

const autocallBody: AutocallCreate = {
  name: 'Код подтверждения',
  type: 'regular',
  time_from: '09:00:00',
  time_to: '21:00:00',
  date_from: '2024-11-15',
  audio_id: [5, { type: 'synthesis', data: { text: 'Ваш код: 3, 0, 7, 5.', voice: 'alena', speed: 1.2, pitch: -2 } }],
  list_id: [73, { number: '+77010000001', extra: 'Иванов', variables: { name: 'Иван', code: '3075' } }],
  max_tries: 3,
  tries_interval: 30,
  sms_unanswered: true,
  text_unanswered: '{{name}}, ваш код {{code}}',
  record: true,
  lifetime: false,
  client_id: 'launch-2024-11-15',
  callback_url: 'https://example.com/reports',
  caller_id: '+77086469620',
};

const bulkBody: BulkCreate = {
  name: 'Напоминание о долге',
  text: 'Здравствуйте, {{name}}! Ваш долг {{debt}} тенге.',
  list_id: [10, { number: '+77010000002', extra: 'Пётр', variables: { name: 'Пётр', debt: '3200' } }],
  date_from: '2024-11-15',
  time_from: '10:00:00',
  client_id: 'debt-nov',
  callback_url: 'https://example.com/sms-reports',
};

const invocations: Record<OperationId, Invocation> = {
  'get-lists': {
    send: ({ api }) => api.lists.list({ date_from: '2024-01-01', date_to: '2024-12-31', order: 'desc', client_id: 'march-2024', page: 2 }),
    respond: json(200, laravelPage([contactList])),
  },
  'post-lists': {
    send: ({ api }, body) => api.lists.create(body as ListCreate),
    body: {
      name: 'Должники май',
      client_id: 'debtors-may',
      numbers: [{ number: '+77010000001', extra: 'Иванов Иван', variables: { name: 'Иван', debt: '15000' } }, { number: '+77270000002' }],
    } satisfies ListCreate,
    respond: json(201, contactList),
  },
  'get-lists-id': { send: ({ api }) => api.lists.get(73, { page: 1 }), respond: json(200, { ...contactList, contacts: laravelPage([contact]) }) },
  'put-lists-id': {
    send: ({ api }, body) => api.lists.update(73, body as { name: string }),
    body: { name: 'Клиенты апрель', client_id: 'april' },
    respond: json(200, contactList),
  },
  'delete-lists-id': { send: ({ api }) => api.lists.delete(73), respond: noBody },
  'post-lists-append-id': {
    send: ({ api }, body) => api.lists.append(73, body as ListAppend),
    body: { numbers: [{ number: '+77010000003', variables: { name: 'Асель' } }] } satisfies ListAppend,
    respond: json(201, { id: 73, client_id: null, contacts_count: 251, created_at: '2024-03-31 05:55:19', updated_at: '2024-04-02 10:00:00' }),
  },
  'delete-lists-nonexistent-id': { send: ({ api }) => api.lists.deleteNonexistent(73), respond: noBody },
  'put-lists-nonexistent-id': { send: ({ api }) => api.lists.ignoreNonexistent(73), respond: json(200, contactList) },
  'get-contacts-id': { send: ({ api }) => api.contacts.get(49), respond: json(200, contact) },
  'delete-contacts-id': { send: ({ api }) => api.contacts.delete(49), respond: noBody },
  'get-sounds': { send: ({ api }) => api.sounds.list({ page: 1 }), respond: json(200, laravelPage([sound])) },
  'post-sounds': {
    send: ({ api }, body) => api.sounds.create(body as SoundCreate),
    body: { name: 'Уведомление', type: 'synthesis', data: [{ text: 'Здравствуйте!', voice: 'oksana', speed: 0.9, pitch: 1 }], client_id: 's-1' } satisfies SoundCreate,
    respond: json(201, sound),
  },
  'get-sounds-id': { send: ({ api }) => api.sounds.get(5), respond: json(200, sound) },
  'put-sounds-id': { send: ({ api }, body) => api.sounds.update(5, body as { name: string }), body: { name: 'Новое имя' }, respond: json(200, sound) },
  'delete-sounds-id': { send: ({ api }) => api.sounds.delete(5), respond: noBody },
  'get-sounds-listen-file': { send: ({ api }) => api.sounds.listen('record_42_9001.wav', 'download'), respond: audioFile },
  'get-scenarios': { send: ({ api }) => api.scenarios.list(), respond: json(200, laravelPage([scenario])) },
  'post-scenarios': {
    send: ({ api }, body) => api.scenarios.create(body as { name: string; data: string }),
    body: { name: 'Опрос', data: JSON.stringify({ start: { type: 'play', sound: 5 } }), client_id: 'survey' },
    respond: json(201, scenario),
  },
  'get-scenarios-id': { send: ({ api }) => api.scenarios.get(512), respond: json(200, { ...scenario, data: { start: { type: 'play' } } }) },
  'put-scenarios-id': {
    send: ({ api }, body) => api.scenarios.update(512, body as { name: string }),
    body: { name: 'Опрос 2', data: '{"start":{"type":"record"}}' },
    respond: json(200, { ...scenario, data: '{"start":{"type":"record"}}' }),
  },
  'delete-scenarios-id': { send: ({ api }) => api.scenarios.delete(512), respond: noBody },
  'get-autocalls': { send: ({ api }) => api.autocalls.list({ order: 'asc', page: 1 }), respond: json(200, laravelPage([autocallSummary])) },
  'post-autocalls': { send: ({ api }, body) => api.autocalls.create(body as AutocallCreate), body: autocallBody, respond: json(201, autocall) },
  'get-autocalls-id': { send: ({ api }) => api.autocalls.get(42, { page: 1 }), respond: json(200, autocall) },
  'put-autocalls-id': {
    send: ({ api }, body) => api.autocalls.update(42, body as { name: string }),
    body: { name: 'Акция', time_from: '11:00:00', time_to: '19:00:00', tries_interval: 120, date_from: '2024-11-20', client_id: 'x', callback_url: 'https://example.com/r' },
    respond: json(200, autocall),
  },
  'delete-autocalls-id': { send: ({ api }) => api.autocalls.delete(42), respond: noBody },
  'post-autocalls-calculate': {
    send: ({ api }, body) => api.autocalls.calculate(body as AutocallCreate),
    body: autocallBody,
    respond: json(201, { max_cost: 245.6 }),
  },
  'get-autocalls-relaunch-id': {
    send: ({ api }) => api.autocalls.relaunch(42),
    respond: json(201, { id: 80, name: 'Акция ноябрь (повтор)', created_at: '2024-11-02 09:00:00', updated_at: '2024-11-02 09:00:00', used: 0, contacts_count: 12, importing: false }),
  },
  'get-calls-id': { send: ({ api }) => api.calls.get(9001), respond: json(200, call) },
  'get-calls-recordings-id': { send: ({ api }) => api.calls.recording(9001), respond: audioFile },
  'get-bulks': { send: ({ api }) => api.bulks.list({ client_id: 'sms-nov' }), respond: json(200, laravelPage([bulkSummary])) },
  'post-bulks': { send: ({ api }, body) => api.bulks.create(body as BulkCreate), body: bulkBody, respond: json(201, bulk) },
  'get-bulks-id': { send: ({ api }) => api.bulks.get(31, { page: 2 }), respond: json(200, bulk) },
  'put-bulks-id': {
    send: ({ api }, body) => api.bulks.update(31, body as { name: string }),
    body: { name: 'Акция', time_from: '12:00:00', date_from: '2024-11-21', client_id: 'y', callback_url: 'https://example.com/s' },
    respond: json(200, bulk),
  },
  'delete-bulks-id': { send: ({ api }) => api.bulks.delete(31), respond: noBody },
  'post-bulks-calculate': {
    send: ({ api }, body) => api.bulks.calculate(body as BulkCalculate),
    body: bulkBody,
    respond: json(201, { max_cost: '120.00' }),
  },
  'get-messages-id': { send: ({ api }) => api.messages.get(777), respond: json(200, message) },
  'get-settings': { send: ({ api }) => api.settings.get(), respond: json(200, settings) },
  'put-settings': {
    send: ({ api }, body) => api.settings.update(body as SettingsUpdate),
    body: { name: 'Жандос', subscribe: false, notifications_subscribe: true, visit_card_audio: 5, visit_card_text: 'AutoCall.kz' } satisfies SettingsUpdate,
    respond: json(200, settings),
  },
  'delete-settings-visit-card': { send: ({ api }) => api.settings.deleteVisitCard('visit_card_audio'), respond: noBody },
  'get-settings-confirmed-numbers': { send: ({ api }) => api.settings.confirmedNumbers(), respond: json(200, [confirmedNumber]) },
  'post-settings-confirmed-numbers': {
    send: ({ api }, body) => api.settings.addConfirmedNumber(body as ConfirmedNumberStep),
    body: { number: '+77020000001' } satisfies ConfirmedNumberStep,
    respond: json(201, confirmedNumber),
  },
  'get-balance': { send: ({ api }) => api.payments.balance(), respond: json(200, { balance: '1450.75', currency: '₸' }) },
  'get-payments': { send: ({ api }) => api.payments.list({ page: 1 }), respond: json(200, payments) },
  'post-payments': {
    send: ({ api }, body) => api.payments.create(body as TopUp),
    body: { amount: 5000 } satisfies TopUp,
    respond: json(201, { payment_url: 'https://3ds.kassanova.kz/payment?mdOrder=1' }),
  },
  'get-dashboard': {
    send: ({ api }) => api.dashboard.get(),
    respond: json(200, { 'running&awaiting': 1, in_queue: 5, reserved: '10.00', balance: 100, currency: '₸', week_activity: [], full_activity: { all: 0 } }),
  },
  'get-notifications': { send: ({ api }) => api.notifications.list(), respond: json(200, { data: [notification], unread: 1 }) },
  'put-notifications-id': {
    send: ({ api }) => api.notifications.update(notification.id),
    respond: json(200, { id: notification.id, read_at: '2024-11-01 12:00:00' }),
  },
  'delete-notifications-id': { send: ({ api }) => api.notifications.delete(notification.id), respond: noBody },
  'get-caller-ids': {
    send: ({ api }) => api.callerIds.list(),
    respond: json(200, { data: [{ id: 7, provider: 'tele2', number: '+77086469620', rented_until: '2024-12-01T00:00:00Z' }], max_caller_id_rentals: 2, caller_id_rent_price: 5000 }),
  },
  'post-caller-ids': {
    send: ({ api }, body) => api.callerIds.rent(body as CallerIdRent),
    body: { caller_id_id: 42 } satisfies CallerIdRent,
    respond: json(201, { message: 'Номер арендован', number: '+77086469620', rented_until: '2024-12-01T00:00:00Z' }),
  },
  'delete-caller-ids-id': { send: ({ api }) => api.callerIds.release(7), respond: json(200, { message: 'Номер освобождён' }) },
  'post-flash-calls': {
    send: ({ api }, body) => api.flashCalls.send(body as FlashCallSend),
    body: { number: '+77060000000', code: '482913' } satisfies FlashCallSend,
    respond: json(201, { id: 1023, code: '482913', number: '+77060000000' }),
  },
  getTariffs: { send: ({ publicApi }) => publicApi.tariffs(), respond: json(200, { currency: 'KZT', tariffs: [] }) },
  sendTestCall: {
    send: ({ publicApi }, body) => publicApi.testCall(body as TestCall),
    body: { phone: '7771234567' } satisfies TestCall,
    respond: json(200, { message: 'Тестовый звонок отправлен', number: '+77771234567' }),
  },
};

const operations = contractOperations();
const withRequestExamples = operations.flatMap((op) => op.requestExamples.map((example) => ({ ...op, example })));
const withResponseExamples = operations.flatMap((op) => op.responseExamples.map((example) => ({ ...op, example })));

describe('the SDK covers the contract', () => {
  it('has a method for every one of the 55 operations, and no method without one', () => {
    expect(operations).toHaveLength(55);
    expect(Object.keys(OPERATIONS).sort()).toEqual(operations.map((op) => op.operationId).sort());
    for (const op of operations) {
      expect(OPERATIONS[op.operationId as OperationId]).toMatchObject({ httpMethod: op.httpMethod, path: op.path });
    }
  });

  it('exposes each OPERATIONS entry as a function on the client, and nothing else', async () => {
    const harness = await startHarness();
    const groups: Record<string, object> = { ...harness.api, public: harness.client.public };
    const exposed = Object.entries(groups).flatMap(([group, methods]) => Object.keys(methods).map((method) => `${group}.${method}`));
    const mapped = Object.values(OPERATIONS).map((info) => `${info.group}.${info.method}`);
    expect(exposed.sort()).toEqual(mapped.sort());
    for (const [group, methods] of Object.entries(groups)) {
      for (const fn of Object.values(methods)) expect(typeof fn, group).toBe('function');
    }
    await harness.close();
  });

  it('uses the contract’s phone patterns verbatim', () => {
    const patternAt = (...path: string[]) => path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], spec);
    const body = (path: string) => ['paths', path, 'post', 'requestBody', 'content', 'application/json', 'schema', 'properties'];
    expect(phonePatterns.contactList.source).toBe(patternAt(...body('/lists'), 'numbers', 'items', 'properties', 'number', 'pattern'));
    expect(phonePatterns.contactList.source).toBe(patternAt(...body('/lists/append/{id}'), 'numbers', 'items', 'properties', 'number', 'pattern'));
    expect(phonePatterns.flashCall.source).toBe(patternAt(...body('/flash-calls'), 'number', 'pattern'));
    expect(phonePatterns.confirmedNumber.source).toBe(patternAt(...body('/settings/confirmed_numbers'), 'number', 'pattern'));
    expect(phonePatterns.testCall.source).toBe(patternAt(...body('/test-call'), 'phone', 'pattern'));
  });
});

/** The SDK's request body schema of each operation that has a body. */
const requestBodies: Partial<Record<OperationId, z.ZodType>> = {
  'post-lists': listCreateBody,
  'put-lists-id': listUpdateBody,
  'post-lists-append-id': listAppendBody,
  'post-sounds': soundCreateBody,
  'put-sounds-id': soundUpdateBody,
  'post-scenarios': scenarioCreateBody,
  'put-scenarios-id': scenarioUpdateBody,
  'post-autocalls': autocallCreateBody,
  'post-autocalls-calculate': autocallCreateBody,
  'put-autocalls-id': autocallUpdateBody,
  'post-bulks': bulkCreateBody,
  'post-bulks-calculate': bulkCalculateBody,
  'put-bulks-id': bulkUpdateBody,
  'put-settings': settingsUpdateBody,
  'post-settings-confirmed-numbers': confirmedNumberBody,
  'post-payments': topUpBody,
  'post-caller-ids': callerIdRentBody,
  'post-flash-calls': flashCallBody,
  sendTestCall: testCallBody,
};

describe('request schemas follow the contract', () => {
  it.each(operations.filter((op) => op.requestSchemaId !== null))(
    '$operationId: same fields, same required ones',
    (op) => {
      const schema = requestBodies[op.operationId as OperationId];
      expect(schema).toBeDefined();
      const mine = z.toJSONSchema(schema!, { io: 'input', unrepresentable: 'any' }) as { properties?: object; required?: string[] };
      const theirs = requestSchemaOf(op.requestSchemaId!);
      expect(Object.keys(mine.properties ?? {}).sort()).toEqual(Object.keys(theirs.properties ?? {}).sort());
      expect([...(mine.required ?? [])].sort()).toEqual([...(theirs.required ?? [])].sort());
    },
  );
});

describe('every operation over HTTP', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());
  beforeEach(() => {
    harness.server.received.length = 0;
  });

  const sdk = (): Sdk => ({ api: harness.api, publicApi: harness.client.public });

  it.each(operations)('$operationId: $httpMethod $path as the contract describes it', async (op) => {
    const invocation = invocations[op.operationId as OperationId];
    harness.server.handle(invocation.respond);
    await harness.run(invocation.send(sdk(), invocation.body));

    expect(harness.server.received).toHaveLength(1);
    const [request] = harness.server.received;
    const url = new URL(request!.url, 'http://x');
    const base = OPERATIONS[op.operationId as OperationId].group === 'public' ? '/api/public' : '/api/v1';
    expect(request!.method).toBe(op.httpMethod);
    expect(url.pathname.slice(base.length)).toMatch(pathPattern(op.path));
    expect(url.pathname.startsWith(base)).toBe(true);
    expect(op.queryParameters).toEqual(expect.arrayContaining([...url.searchParams.keys()]));
    for (const header of op.headerParameters) expect(request!.headers[header]).toBe('application/json');
    expect(request!.headers.authorization === undefined).toBe(base === '/api/public');

    if (op.requestSchemaId !== null) {
      expect(invocation.body).toBeDefined();
      expect(contractErrors(op.requestSchemaId, JSON.parse(request!.body))).toEqual([]);
    } else {
      expect(request!.body).toBe('');
    }
  });

  it.each(withRequestExamples)('$operationId accepts the contract’s request example “$example.name”', async (op) => {
    const invocation = invocations[op.operationId as OperationId];
    harness.server.handle(invocation.respond);
    await harness.run(invocation.send(sdk(), op.example.value));
    expect(harness.server.received).toHaveLength(1);
    expect(contractErrors(op.requestSchemaId!, JSON.parse(harness.server.received[0]!.body))).toEqual([]);
  });

  it.each(withResponseExamples)('$operationId reads the contract’s $example.status example', async (op) => {
    const invocation = invocations[op.operationId as OperationId];
    harness.server.handle(json(op.example.status, op.example.value));
    await expect(harness.run(invocation.send(sdk(), invocation.body))).resolves.toBeDefined();
  });

  it('reads 202 of POST /autocalls as accepted (created in the background)', async () => {
    harness.server.handle(json(202));
    await expect(harness.run(harness.api.autocalls.create(autocallBody))).resolves.toEqual({ status: 'accepted' });
  });

  it('the contract check itself rejects a body that breaks the contract', () => {
    const topUp = operations.find((op) => op.operationId === 'post-payments')!;
    expect(contractErrors(topUp.requestSchemaId!, { amount: 150 })).not.toEqual([]);
  });
});
