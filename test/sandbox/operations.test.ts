/**
 * Every operation of the contract, called over HTTP against a running sandbox in the order a customer would, with
 * each answer checked against the contract's response schema for its status. The last test asserts that all 55
 * operations were called.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../src/sandbox/contract/index.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { readWav, silentWav } from './support/audio-fixtures.js';
import { arr, calledOperations, clientFor, MINUTE, MONDAY_10_ALMATY, obj, HOUR } from './support/client.js';

let sandbox: Sandbox;
let api: ReturnType<typeof clientFor>;

beforeAll(async () => {
  sandbox = await startSandbox({ keys: ['demo'], startAt: MONDAY_10_ALMATY, seed: 7 });
  api = clientFor(sandbox);
});

afterAll(async () => {
  await sandbox.close();
});

function idOf(answer: { body: unknown }): number {
  return Number(obj(answer.body)['id']);
}

describe('public API', () => {
  it('lists the tariffs', async () => {
    const answer = await api.expectOk('getTariffs', 200, { key: null });
    expect(arr(obj(answer.body)['tariffs']).map((t) => obj(t)['name'])).toEqual(['BRONZE', 'SILVER', 'GOLD']);
  });

  it('sends a test call inside the 09:00–21:30 window', async () => {
    const answer = await api.expectOk('sendTestCall', 200, { key: null, body: { phone: '7011234567' } });
    expect(obj(answer.body)['number']).toBe('+77011234567');
  });
});

describe('settings', () => {
  it('reads, edits and clears the visit card', async () => {
    const before = await api.expectOk('get-settings', 200);
    expect(obj(before.body)['price']).toBe('2.80');
    const edited = await api.expectOk('put-settings', 200, {
      body: { name: 'Жандос', visit_card_text: 'Компания AutoCall.kz, тел: +77470000000' },
    });
    expect(obj(edited.body)).toMatchObject({ name: 'Жандос', visit_card_text: 'Компания AutoCall.kz, тел: +77470000000' });
    await api.expectOk('delete-settings-visit-card', 204, { params: { visit_card_type: 'visit_card_text' } });
    expect(obj((await api.call('get-settings')).body)['visit_card_text']).toBeNull();
  });

  it('adds a number and confirms it with the code of the incoming call', async () => {
    const added = await api.expectOk('post-settings-confirmed-numbers', 201, { body: { number: '+77020000001' } });
    expect(obj(added.body)['verified_at']).toBeNull();
    const numbers = arr(sandbox.state('demo')?.['confirmedNumbers']).map(obj);
    const code = numbers.find((n) => n['number'] === '+77020000001')?.['code'];
    const confirmed = await api.expectOk('post-settings-confirmed-numbers', 201, { body: { verification_code: code } });
    expect(obj(confirmed.body)['verified_at']).not.toBeNull();
    const list = await api.expectOk('get-settings-confirmed-numbers', 200);
    expect(arr(list.body).map((n) => obj(n)['number'])).toContain('+77020000001');
  });
});

describe('money', () => {
  it('shows balance, payments and dashboard, and opens a top-up', async () => {
    const balance = await api.expectOk('get-balance', 200);
    expect(obj(balance.body)).toEqual({ balance: 25000, currency: '₸' });
    const payments = await api.expectOk('get-payments', 200);
    expect(obj(obj(payments.body)['transactions'])['total']).toBeGreaterThan(0);
    const topUp = await api.expectOk('post-payments', 201, { body: { amount: 1000 } });
    expect(String(obj(topUp.body)['payment_url'])).toMatch(/\/pay\/[0-9a-f]+$/);
    await api.expectOk('get-dashboard', 200);
  });
});

describe('lists and contacts', () => {
  it('creates, reads, edits, appends to and deletes lists and contacts', async () => {
    await api.expectOk('get-lists', 200);
    const created = await api.expectOk('post-lists', 201, {
      body: {
        name: 'Клиенты апрель',
        client_id: 'crm-42',
        numbers: [
          { number: '+77010000001', extra: 'Иванов И.И.', variables: { name: 'Иван', debt: '15000' } },
          { number: '+77770000002' },
        ],
      },
    });
    const listId = idOf(created);
    const detail = await api.expectOk('get-lists-id', 200, { params: { id: listId } });
    const contacts = arr(obj(obj(detail.body)['contacts'])['data']).map(obj);
    expect(contacts.map((c) => c['number'])).toEqual(['+77010000001', '+77770000002']);
    await api.expectOk('put-lists-id', 200, { params: { id: listId }, body: { name: 'Клиенты май' } });
    const appended = await api.expectOk('post-lists-append-id', 201, {
      params: { id: listId },
      body: { numbers: [{ number: '+77470000003' }] },
    });
    expect(obj(appended.body)['contacts_count']).toBe(3);
    const contactId = Number(contacts[0]?.['id']);
    await api.expectOk('get-contacts-id', 200, { params: { id: contactId } });
    await api.expectOk('delete-contacts-id', 204, { params: { id: contactId } });
    await api.expectOk('put-lists-nonexistent-id', 200, { params: { id: listId } });
    await api.expectOk('delete-lists-nonexistent-id', 204, { params: { id: listId } });
    await api.expectOk('delete-lists-id', 204, { params: { id: listId } });
    expect((await api.call('get-lists-id', { params: { id: listId } })).status).toBe(404);
  });
});

describe('sounds and scenarios', () => {
  it('synthesizes, uploads, edits and deletes sounds', async () => {
    await api.expectOk('get-sounds', 200);
    const synthesized = await api.expectOk('post-sounds', 201, {
      body: { name: 'Уведомление', type: 'synthesis', data: [{ text: 'Здравствуйте! Напоминаем об оплате до конца месяца.' }] },
    });
    expect(obj(synthesized.body)['confirmed']).toBe(false);
    const uploaded = await api.expectOk('post-sounds', 201, {
      body: { name: 'Приветствие', type: 'upload', data: [{ file: silentWav(3).toString('base64') }] },
    });
    expect(obj(uploaded.body)['duration']).toBe(3);
    await api.expectOk('get-sounds-id', 200, { params: { id: idOf(synthesized) } });
    await api.expectOk('put-sounds-id', 200, { params: { id: idOf(synthesized) }, body: { client_id: 'snd-1' } });
    await api.expectOk('delete-sounds-id', 204, { params: { id: idOf(uploaded) } });
  });

  it('creates, reads, edits and deletes scenarios', async () => {
    await api.expectOk('get-scenarios', 200);
    const created = await api.expectOk('post-scenarios', 201, {
      body: { name: 'Опрос', data: JSON.stringify({ steps: [{ type: 'play' }, { type: 'record' }] }) },
    });
    const detail = await api.expectOk('get-scenarios-id', 200, { params: { id: idOf(created) } });
    expect(obj(detail.body)['data']).toEqual({ steps: [{ type: 'play' }, { type: 'record' }] });
    await api.expectOk('put-scenarios-id', 200, { params: { id: idOf(created) }, body: { name: 'Опрос 2' } });
    await api.expectOk('delete-scenarios-id', 204, { params: { id: idOf(created) } });
  });
});

describe('call campaigns', () => {
  it('prices, creates, edits and deletes a regular campaign', async () => {
    const body = {
      name: 'Код подтверждения',
      type: 'regular',
      time_from: '00:00:00',
      time_to: '23:59:59',
      audio_id: [{ type: 'synthesis', data: { text: 'Ваш код подтверждения: 3, 0, 7, 5.' } }],
      list_id: [{ number: '+77010000000' }],
      sms_unanswered: true,
      text_unanswered: 'Ваш код: 3075',
    };
    const priced = await api.expectOk('post-autocalls-calculate', 201, { body });
    expect(obj(priced.body)['max_cost']).toBeGreaterThan(0);
    const created = await api.expectOk('post-autocalls', 201, { body });
    expect(obj(created.body)['status']).toBe('moderation');
    await api.expectOk('get-autocalls', 200);
    await api.expectOk('get-autocalls-id', 200, { params: { id: idOf(created) } });
    const edited = await api.expectOk('put-autocalls-id', 200, { params: { id: idOf(created) }, body: { name: 'Код' } });
    expect(obj(edited.body)['name']).toBe('Код');
    await api.expectOk('delete-autocalls-id', 204, { params: { id: idOf(created) } });
  });

  it('runs an interactive recorded campaign: calls, recordings, voice answers, relaunch', async () => {
    const scenario = await api.expectOk('post-scenarios', 201, {
      body: { name: 'Запись ответа', data: JSON.stringify({ steps: [{ type: 'play' }, { type: 'record' }] }) },
    });
    const list = await api.expectOk('post-lists', 201, {
      body: { name: 'Опрос', numbers: Array.from({ length: 12 }, (_, i) => ({ number: `+7701555${String(i).padStart(4, '0')}` })) },
    });
    sandbox.clock.advance(3 * MINUTE);
    const created = await api.expectOk('post-autocalls', 201, {
      body: {
        name: 'Опрос качества',
        type: 'interactive',
        time_from: '09:00:00',
        time_to: '20:00:00',
        scenario_id: idOf(scenario),
        list_id: [idOf(list)],
        record: true,
      },
    });
    sandbox.clock.advance(HOUR);
    const detail = await api.expectOk('get-autocalls-id', 200, { params: { id: idOf(created) } });
    expect(obj(detail.body)['status']).toBe('completed');
    const calls = arr(obj(obj(detail.body)['calls'])['data']).map(obj);
    const answered = calls.find((c) => c['status'] === 'success');
    if (!answered) throw new Error('no answered call');
    await api.expectOk('get-calls-id', 200, { params: { id: Number(answered['id']) } });
    const recording = await api.call('get-calls-recordings-id', { params: { id: Number(answered['id']) } });
    expect(recording.status).toBe(200);
    expect(recording.headers.get('content-type')).toBe('audio/wav');
    expect(readWav(recording.bytes).seconds).toBeGreaterThan(0);
    const file = String(obj(arr(obj(answered['data'])['answers'])[0])['file']);
    const download = await api.call('get-sounds-listen-file', { params: { file }, query: { type: 'download' } });
    expect(readWav(download.bytes).sampleRate).toBe(8000);
    const text = await api.expectOk('get-sounds-listen-file', 200, { params: { file }, query: { type: 'text' } });
    expect(typeof obj(text.body)['text']).toBe('string');
    const relaunched = await api.expectOk('get-autocalls-relaunch-id', 201, { params: { id: idOf(created) } });
    const missed = calls.filter((c) => c['status'] !== 'success').length;
    expect(obj(relaunched.body)['contacts_count']).toBe(missed);
  });
});

describe('SMS campaigns', () => {
  it('prices, creates, reads, edits and deletes a bulk, and shows a message', async () => {
    const body = {
      name: 'Напоминание о долге',
      text: 'Здравствуйте, {{name}}! Ваш долг {{debt}} тенге.',
      list_id: [
        { number: '+77010000001', variables: { name: 'Иван', debt: '15000' } },
        { number: '+77010000002', variables: { name: 'Пётр', debt: '3200' } },
      ],
      date_from: '2025-03-04',
      time_from: '10:00:00',
    };
    const priced = await api.expectOk('post-bulks-calculate', 201, { body });
    expect(obj(priced.body)['max_cost']).toBe(32);
    const created = await api.expectOk('post-bulks', 201, { body });
    await api.expectOk('get-bulks', 200);
    const detail = await api.expectOk('get-bulks-id', 200, { params: { id: idOf(created) } });
    const message = obj(arr(obj(obj(detail.body)['messages'])['data'])[0]);
    await api.expectOk('get-messages-id', 200, { params: { id: String(message['id']) } });
    await api.expectOk('put-bulks-id', 200, { params: { id: idOf(created) }, body: { time_from: '11:00:00' } });
    await api.expectOk('delete-bulks-id', 204, { params: { id: idOf(created) } });
  });
});

describe('notifications, caller IDs, flash calls', () => {
  it('lists, reads and deletes notifications', async () => {
    const list = await api.expectOk('get-notifications', 200);
    const first = obj(arr(obj(list.body)['data'])[0]);
    const read = await api.expectOk('put-notifications-id', 200, { params: { id: String(first['id']) } });
    expect(obj(read.body)['read_at']).toEqual(expect.any(String));
    await api.expectOk('delete-notifications-id', 204, { params: { id: String(first['id']) } });
  });

  it('releases the seeded rental and rents another number', async () => {
    const rentals = await api.expectOk('get-caller-ids', 200);
    const rental = obj(arr(obj(rentals.body)['data'])[0]);
    await api.expectOk('delete-caller-ids-id', 200, { params: { id: Number(rental['id']) } });
    const rented = await api.expectOk('post-caller-ids', 201, { body: { caller_id_id: 42 } });
    expect(obj(rented.body)['number']).toMatch(/^\+77\d{9}$/);
  });

  it('sends a flash call with an auto code', async () => {
    const answer = await api.expectOk('post-flash-calls', 201, { body: { number: '+77010000000', digits: 4 } });
    expect(obj(answer.body)['code']).toMatch(/^\d{4}$/);
  });
});

describe('coverage', () => {
  it('called every operation of the contract', () => {
    expect(contract.operations).toHaveLength(55);
    expect(contract.operations.map((op) => op.id).filter((id) => !calledOperations.has(id))).toEqual([]);
  });
});
