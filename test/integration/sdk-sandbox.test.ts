/**
 * The SDK against the embedded sandbox over loopback HTTP: every operation, every error kind (the
 * sandbox's fault injection supplies the failures a real network has), the rate limiter against
 * the server's throttle, and retries that never create anything twice.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createAutocallClient,
  isAutocallError,
  OPERATIONS,
  type AutocallApi,
  type AutocallClient,
  type AutocallErrorKind,
  type CallEvent,
} from '../../src/api/index.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';

/** 10:00 on a Monday in Almaty: inside the test-call hours and the campaigns' calling window. */
const MONDAY_10_ALMATY = new Date('2025-03-03T05:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let sandbox: Sandbox;
let client: AutocallClient;
let api: AutocallApi;
const events: CallEvent[] = [];

/** The kind of the error `promise` rejects with. */
async function kindOf(promise: Promise<unknown>): Promise<AutocallErrorKind> {
  try {
    await promise;
  } catch (error) {
    if (isAutocallError(error)) return error.kind;
    throw error;
  }
  throw new Error('expected an AutocallError');
}

const attemptsOf = (operation: string) => events.filter((event) => event.operation === operation);

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, keys: ['k1'], startAt: MONDAY_10_ALMATY, seed: 7 });
  client = createAutocallClient({
    apiUrl: sandbox.apiUrl,
    publicApiUrl: sandbox.publicApiUrl,
    timeoutMs: 2000,
    retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
    onCall: (event) => events.push(event),
  });
  api = client.forKey('k1');
});

afterAll(async () => {
  await client.close();
  await sandbox.close();
});

afterEach(() => sandbox.faults.clear());

describe('every operation against the sandbox', () => {
  it('settings, money, dashboard, public API', async () => {
    expect((await api.settings.get()).name).toBeTruthy();
    expect(await api.settings.update({ visit_card_text: 'AutoCall.kz, +7 747 000 00 00' })).toMatchObject({
      visit_card_text: 'AutoCall.kz, +7 747 000 00 00',
    });
    await api.settings.deleteVisitCard('visit_card_text');
    expect((await api.settings.get()).visit_card_text).toBeNull();
    expect((await api.settings.confirmedNumbers()).length).toBeGreaterThan(0);
    expect(await api.settings.addConfirmedNumber({ number: '+77011112233' })).toMatchObject({ verified_at: null });

    const balance = await api.payments.balance();
    expect(typeof balance.balance).toBe('number');
    expect((await api.payments.list()).transactions.data.length).toBeGreaterThan(0);
    expect((await api.payments.create({ amount: 1000 })).payment_url).toMatch(/^https?:/);
    expect((await api.dashboard.get()).currency).toBe(balance.currency);

    expect((await client.public.tariffs()).tariffs?.map((t) => t.name)).toContain('GOLD');
    expect((await client.public.testCall({ phone: '7011234567' })).number).toBe('+77011234567');
    expect(await api.flashCalls.send({ number: '+77061234567', digits: 4 })).toMatchObject({ number: '+77061234567' });
  });

  it('lists and contacts', async () => {
    const seeded = await api.lists.list({ order: 'desc' });
    const withDeadNumbers = seeded.data.find((list) => (list.nonexistent ?? []).length > 0);
    expect(withDeadNumbers).toBeDefined();
    await api.lists.ignoreNonexistent(withDeadNumbers!.id);
    await api.lists.deleteNonexistent(withDeadNumbers!.id);

    const created = await api.lists.create({
      name: 'Интеграция',
      client_id: 'it-list-1',
      numbers: [{ number: '+77011234567', extra: 'Асель', variables: { name: 'Асель' } }],
    });
    expect(await api.lists.append(created.id, { numbers: [{ number: '+77021234567' }] })).toMatchObject({ contacts_count: 2 });
    expect((await api.lists.update(created.id, { name: 'Интеграция 2' })).name).toBe('Интеграция 2');
    const detail = await api.lists.get(created.id, { page: 1 });
    const contact = detail.contacts?.data[0];
    expect(contact).toBeDefined();
    expect((await api.contacts.get(contact!.id)).number).toBe(contact!.number);
    await api.contacts.delete(contact!.id);
    await api.lists.delete(created.id);
    expect(await kindOf(api.lists.get(created.id))).toBe('not_found');
  });

  it('sounds, scenarios, an interactive autocall with its calls, recordings and answers', async () => {
    const sound = await api.sounds.create({ name: 'Приветствие', type: 'synthesis', data: [{ text: 'Здравствуйте!', voice: 'jane' }] });
    expect((await api.sounds.get(sound.id)).name).toBe('Приветствие');
    expect((await api.sounds.update(sound.id, { name: 'Приветствие 2' })).name).toBe('Приветствие 2');
    expect((await api.sounds.list()).data.some((s) => s.id === sound.id)).toBe(true);

    const scenario = await api.scenarios.create({ name: 'Ответ', data: JSON.stringify({ steps: [{ type: 'record' }] }) });
    expect((await api.scenarios.update(scenario.id, { name: 'Ответ клиента' })).name).toBe('Ответ клиента');
    expect((await api.scenarios.get(scenario.id)).data).toBeDefined();
    expect((await api.scenarios.list()).total).toBeGreaterThan(0);
    sandbox.clock.advance(5 * MINUTE);

    const body = {
      name: 'Опрос',
      type: 'interactive',
      scenario_id: scenario.id,
      list_id: Array.from({ length: 5 }, (_, i) => ({ number: `+7747000000${i}` })),
      record: true,
      time_from: '09:00:00',
    } as const;
    expect((await api.autocalls.calculate(body)).max_cost).toBeGreaterThan(0);
    const created = await api.autocalls.create(body);
    if (created.status !== 'created') throw new Error('expected the autocall at once');
    const id = created.autocall.id;
    expect((await api.autocalls.update(id, { name: 'Опрос клиентов' })).name).toBe('Опрос клиентов');
    expect(await kindOf(api.autocalls.relaunch(id))).toBe('forbidden');

    sandbox.clock.advance(HOUR);
    const finished = await api.autocalls.get(id, { page: 1 });
    expect(finished.status).toBe('completed');
    expect((await api.autocalls.list()).data.some((a) => a.id === id)).toBe(true);
    const answered = finished.calls?.data.find((call) => call.status === 'success');
    expect(answered).toBeDefined();
    expect((await api.calls.get(answered!.id)).autocall_id).toBe(id);
    const recording = await api.calls.recording(answered!.id);
    expect(recording.contentType).toMatch(/^audio\//);
    expect(recording.fileName).toMatch(/\.wav$/);
    expect(recording.bytes.byteLength).toBeGreaterThan(44);

    const answers = (answered!.data as { answers?: { file: string }[] } | null | undefined)?.answers ?? [];
    const file = answers[0]?.file;
    expect(file).toBeDefined();
    expect((await api.sounds.listen(file!, 'download')).bytes.byteLength).toBeGreaterThan(44);
    expect(typeof (await api.sounds.listen(file!, 'text')).text).toBe('string');

    expect((await api.autocalls.relaunch(id)).id).toBeGreaterThan(0);
    await api.autocalls.delete(id);
    await api.scenarios.delete(scenario.id);
    await api.sounds.delete(sound.id);
  });

  it('SMS bulks and their messages', async () => {
    const [list] = (await api.lists.list()).data;
    const body = { name: 'Акция', text: 'Скидка 20% до конца недели', list_id: [list!.id] };
    expect((await api.bulks.calculate(body)).max_cost).toBeGreaterThan(0);
    const bulk = await api.bulks.create(body);
    expect((await api.bulks.update(bulk.id, { name: 'Акция недели' })).name).toBe('Акция недели');
    sandbox.clock.advance(HOUR);
    const sent = await api.bulks.get(bulk.id, { page: 1 });
    const message = sent.messages?.data[0];
    expect(message).toBeDefined();
    expect((await api.messages.get(message!.id)).bulk_id).toBe(bulk.id);
    expect((await api.bulks.list()).data.some((b) => b.id === bulk.id)).toBe(true);
    await api.bulks.delete(bulk.id);
  });

  it('notifications and caller IDs', async () => {
    const { data, unread } = await api.notifications.list();
    expect(unread).toBeGreaterThan(0);
    const [first] = data;
    expect((await api.notifications.update(first!.id)).read_at).toBeTruthy();
    await api.notifications.delete(first!.id);

    sandbox.createAccount('gold', { tariff: 'GOLD' });
    const gold = client.forKey('gold');
    const rental = await gold.callerIds.rent({ caller_id_id: 11 });
    const rented = (await gold.callerIds.list()).data?.find((entry) => entry.number === rental.number);
    expect(rented).toBeDefined();
    expect((await gold.callerIds.release(rented!.id)).message).toBeTruthy();
  });

  it('has performed each of the 55 operations successfully', () => {
    const succeeded = new Set(events.filter((e) => e.status !== null && e.status < 300).map((e) => e.operation));
    expect([...succeeded].sort()).toEqual(Object.keys(OPERATIONS).sort());
  });
});

describe('every error kind', () => {
  it.each<[AutocallErrorKind, () => Promise<unknown>]>([
    ['unauthenticated', () => client.forKey('no-such-key').settings.get()],
    [
      'insufficient_funds',
      () => {
        sandbox.createAccount('broke', { seeded: false, balance: 0 });
        return client.forKey('broke').sounds.create({ name: 'Привет', type: 'synthesis', data: [{ text: 'Здравствуйте' }] });
      },
    ],
    [
      'forbidden',
      () => {
        sandbox.createAccount('bronze', { tariff: 'BRONZE', seeded: false });
        return client.forKey('bronze').callerIds.rent({ caller_id_id: 21 });
      },
    ],
    ['not_found', () => api.lists.get(987_654)],
    // Every tenth pool number is held by someone outside the sandbox.
    ['conflict', () => client.forKey('gold').callerIds.rent({ caller_id_id: 10 })],
    ['validation', () => api.autocalls.create({ name: 'Акция', type: 'regular', audio_id: [999_999], list_id: [{ number: '+77011234567' }] })],
    [
      'validation',
      // Rejected before sending: nothing reaches the sandbox.
      () => api.flashCalls.send({ number: '+77011234567', digits: 9 }),
    ],
    [
      'rate_limited',
      () => {
        sandbox.faults.set({ kind: 'rate-limit', path: '/api/v1/dashboard', retryAfterSeconds: 600, times: 1 });
        return api.dashboard.get();
      },
    ],
    [
      'server',
      () => {
        sandbox.faults.set({ kind: 'server-error', status: 503, path: '/api/v1/balance' });
        return api.payments.balance();
      },
    ],
    [
      'network',
      () => {
        sandbox.faults.set({ kind: 'drop-connection', path: '/api/v1/flash-calls', method: 'POST', times: 1 });
        return api.flashCalls.send({ number: '+77011234567', digits: 4 });
      },
    ],
    [
      'timeout',
      () => {
        sandbox.faults.set({ kind: 'latency', ms: 2500, path: '/api/v1/payments', method: 'POST', times: 1 });
        return api.payments.create({ amount: 500 });
      },
    ],
    [
      'invalid_response',
      () => {
        sandbox.faults.set({ kind: 'malformed-json', path: '/api/v1/settings', method: 'GET', times: 1 });
        return api.settings.get();
      },
    ],
    [
      'queue_full',
      async () => {
        const tight = createAutocallClient({
          apiUrl: sandbox.apiUrl,
          publicApiUrl: sandbox.publicApiUrl,
          rateLimit: { limit: 1, windowMs: 60_000 },
          queueLimit: 1,
        });
        const key = tight.forKey('k1');
        // One in flight, one waiting: the queue is full. Both are cut short by close().
        const admitted = Promise.allSettled([key.payments.balance(), key.payments.balance()]);
        try {
          await key.payments.balance();
        } finally {
          await tight.close();
          await admitted;
        }
      },
    ],
    ['aborted', () => api.dashboard.get({ signal: AbortSignal.abort() })],
  ])('%s', async (kind, failing) => {
    expect(await kindOf(failing())).toBe(kind);
  });

  it('repeats nothing that is not safe: one attempt for a POST whose connection dropped', () => {
    expect(attemptsOf('post-flash-calls').filter((e) => e.kind === 'network')).toHaveLength(1);
    expect(attemptsOf('get-balance').filter((e) => e.status === 503)).toHaveLength(3);
  });
});

describe('retries and idempotency against the sandbox', () => {
  it('retries a GET through 5xx and returns the answer', async () => {
    sandbox.faults.set({ kind: 'server-error', status: 502, path: '/api/v1/sounds', method: 'GET', times: 2 });
    const before = attemptsOf('get-sounds').length;
    expect((await api.sounds.list()).total).toBeGreaterThan(0);
    expect(attemptsOf('get-sounds').slice(before).map((e) => e.status)).toEqual([502, 502, 200]);
  });

  it('honours Retry-After of a 429 and then succeeds', async () => {
    sandbox.faults.set({ kind: 'rate-limit', path: '/api/v1/dashboard', retryAfterSeconds: 1, times: 1 });
    const started = Date.now();
    await api.dashboard.get();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it.each([
    ['list', '/api/v1/lists', (clientId: string) => api.lists.create({ name: 'Потерянный ответ', client_id: clientId, numbers: [{ number: '+77011234567' }] }), (clientId: string) => api.lists.list({ client_id: clientId })],
    [
      'autocall',
      '/api/v1/autocalls',
      async (clientId: string) => {
        const [sound] = (await api.sounds.list()).data;
        return api.autocalls.create({ name: 'Без дублей', type: 'regular', audio_id: [sound!.id], list_id: [{ number: '+77011234567' }], client_id: clientId });
      },
      (clientId: string) => api.autocalls.list({ client_id: clientId }),
    ],
    [
      'bulk',
      '/api/v1/bulks',
      (clientId: string) => api.bulks.create({ name: 'Без дублей', text: 'Привет', list_id: [{ number: '+77011234567' }], client_id: clientId }),
      (clientId: string) => api.bulks.list({ client_id: clientId }),
    ],
  ])('a %s whose response is lost is created once, found by client_id', async (_, path, create, findAll) => {
    const clientId = `lost-${path.split('/').pop() ?? ''}`;
    sandbox.faults.set({ kind: 'drop-response', path, method: 'POST', times: 1 });
    await create(clientId);
    const found = await findAll(clientId);
    expect(found.data.filter((item) => item.client_id === clientId)).toHaveLength(1);
  });

  it('does not repeat a top-up whose response was lost', async () => {
    sandbox.faults.set({ kind: 'drop-response', path: '/api/v1/payments', method: 'POST', times: 1 });
    const before = attemptsOf('post-payments').length;
    expect(await kindOf(api.payments.create({ amount: 700 }))).toBe('network');
    expect(attemptsOf('post-payments').length - before).toBe(1);
  });
});

describe('the rate limiter against the server’s throttle', () => {
  let fast: Sandbox;
  afterAll(() => fast.close());

  it('keeps a burst at the server’s own limit: no 429, every call answered', async () => {
    // A simulated minute per real second: the sandbox allows 25 requests a second per key.
    fast = await startSandbox({ port: 0, keys: ['burst'], speed: 60, rateLimitPerMin: 25, startAt: MONDAY_10_ALMATY });
    const seen: CallEvent[] = [];
    const limited = createAutocallClient({
      apiUrl: fast.apiUrl,
      publicApiUrl: fast.publicApiUrl,
      rateLimit: { limit: 25, windowMs: 1000 },
      onCall: (event) => seen.push(event),
    });
    const key = limited.forKey('burst');
    const started = Date.now();
    const outcomes = await Promise.allSettled(Array.from({ length: 60 }, () => key.payments.balance()));
    const elapsed = Date.now() - started;
    await limited.close();

    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    expect(seen.filter((e) => e.status === 429)).toEqual([]);
    // 25 at once, 25 a window after they were answered, 10 a window after that.
    expect(elapsed).toBeGreaterThanOrEqual(2000);
  });

  it('without the limiter the same burst is throttled', async () => {
    const bare = createAutocallClient({
      apiUrl: fast.apiUrl,
      publicApiUrl: fast.publicApiUrl,
      rateLimit: { limit: 1000, windowMs: 1000 },
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    });
    const key = bare.forKey('burst');
    const outcomes = await Promise.allSettled(Array.from({ length: 50 }, () => key.payments.balance()));
    await bare.close();
    const limited = outcomes.filter((o) => o.status === 'rejected' && isAutocallError(o.reason) && o.reason.kind === 'rate_limited');
    expect(limited.length).toBeGreaterThan(0);
  });
});
