/**
 * Life on the simulated clock: moderation, campaign windows, calls and deliveries reaching final states with
 * plausible counters and costs, the money that moves with them, the notifications they emit, rentals that expire,
 * and the determinism tests rely on.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { arr, clientFor, kzNumbers, DAY, expectContract, HOUR, MINUTE, MONDAY_10_ALMATY, obj } from './support/client.js';

let sandbox: Sandbox;
let api: ReturnType<typeof clientFor>;

beforeEach(async () => {
  sandbox = await startSandbox({ keys: [], startAt: MONDAY_10_ALMATY, seed: 3 });
  sandbox.createAccount('life', { seeded: false, balance: 10_000 });
  api = clientFor(sandbox, 'life');
});

afterEach(async () => {
  await sandbox.close();
});

async function notifications(type?: string): Promise<Record<string, unknown>[]> {
  const answer = await api.call('get-notifications');
  expectContract('get-notifications', answer);
  return arr(obj(answer.body)['data'])
    .map(obj)
    .filter((n) => type === undefined || n['type'] === type);
}

async function balance(): Promise<number> {
  return Number(obj((await api.call('get-balance')).body)['balance']);
}

async function allCalls(autocallId: number): Promise<Record<string, unknown>[]> {
  const calls: Record<string, unknown>[] = [];
  for (let page = 1; ; page++) {
    const detail = obj((await api.call('get-autocalls-id', { params: { id: autocallId }, query: { page } })).body);
    const paged = obj(detail['calls']);
    calls.push(...arr(paged['data']).map(obj));
    if (paged['next_page_url'] === null) return calls;
  }
}

async function newSound(text = 'Здравствуйте! Магазин «Ромашка» приглашает на распродажу. Скидки до тридцати процентов.'): Promise<number> {
  const answer = await api.call('post-sounds', { body: { name: 'Акция', type: 'synthesis', data: [{ text }] } });
  return Number(obj(answer.body)['id']);
}

describe('a call campaign created now', () => {
  it('passes moderation, runs in its window, completes with plausible counters and costs, and says so', async () => {
    const soundId = await newSound();
    const afterSynthesis = await balance();
    expect(afterSynthesis).toBeLessThan(10_000);
    const created = await api.call('post-autocalls', {
      body: { name: 'Весенняя акция', type: 'regular', audio_id: [soundId], list_id: kzNumbers(40), time_from: '09:00:00', time_to: '20:00:00' },
    });
    expect(created.status).toBe(201);
    const id = Number(obj(created.body)['id']);
    const maxCost = Number(obj(created.body)['max_cost']);
    expect(await balance()).toBe(Math.round((afterSynthesis - maxCost) * 100) / 100);

    sandbox.clock.advance(MINUTE);
    const confirmed = await notifications('SoundConfirmed');
    expect(confirmed.map((n) => n['read_at'])).toEqual([null]);
    expect(confirmed.map((n) => n['data'])).toEqual([expect.objectContaining({ id: soundId, confirmed: true })]);
    sandbox.clock.advance(2 * MINUTE);
    expect(obj((await api.call('get-autocalls-id', { params: { id } })).body)['status']).toBe('running');
    expect((await notifications('AutocallConfirmed'))[0]?.['data']).toMatchObject({ id, confirmed: true });

    sandbox.clock.advance(2 * HOUR);
    const detail = obj((await api.call('get-autocalls-id', { params: { id } })).body);
    expect(detail['status']).toBe('completed');
    const counters = obj(detail['counters']);
    const finals = ['success', 'recalled', 'no_answer', 'busy', 'error', 'spam'].map((s) => Number(counters[s]));
    expect(finals.reduce((a, b) => a + b, 0)).toBe(40);
    expect(Number(counters['success'])).toBeGreaterThan(15);
    expect(detail['processed_percentage']).toBe(100);

    const calls = await allCalls(id);
    expect(calls).toHaveLength(40);
    for (const call of calls) {
      expect(call['status']).not.toBe('in_queue');
      const answered = call['status'] === 'success' || call['status'] === 'spam';
      expect(Number(call['duration']) > 0).toBe(answered);
    }
    const billedSeconds = calls.reduce((sum, c) => sum + Number(c['duration']), 0);
    expect(counters['duration']).toBe(billedSeconds);
    const finalCost = Number(detail['final_cost']);
    expect(finalCost).toBe(Math.round(billedSeconds * 2.8 * 100) / 100);
    expect(finalCost).toBeLessThanOrEqual(maxCost);

    expect(await balance()).toBe(Math.round((afterSynthesis - finalCost) * 100) / 100);
    const payments = obj((await api.call('get-payments')).body);
    expect(payments['reserved']).toBe(0);
    expect(arr(obj(payments['transactions'])['data'])[0]).toMatchObject({ type: 'withdraw', total: -finalCost });
    expect(await notifications('AutocallFinished')).toEqual([
      expect.objectContaining({ data: { id, name: 'Весенняя акция', type: 'autocall' }, read_at: null }),
    ]);
    expect((await notifications('RefreshBalance')).map((n) => n['data'])).toContainEqual(
      expect.objectContaining({ action: 'withdraw', amount: finalCost.toFixed(2) }),
    );
  });

  it('waits for its window and start date, in Almaty time', async () => {
    const soundId = await newSound();
    const created = await api.call('post-autocalls', {
      body: { name: 'Завтра после обеда', type: 'regular', audio_id: [soundId], list_id: kzNumbers(5), date_from: '2025-03-04', time_from: '14:00:00', time_to: '18:00:00' },
    });
    const id = Number(obj(created.body)['id']);
    const status = async () => obj((await api.call('get-autocalls-id', { params: { id } })).body)['status'];
    sandbox.clock.advance(10 * HOUR); // 20:00 Monday
    expect(await status()).toBe('awaiting');
    sandbox.clock.advance(17 * HOUR + 59 * MINUTE); // 13:59 Tuesday
    expect(await status()).toBe('awaiting');
    sandbox.clock.advance(MINUTE);
    expect(await status()).toBe('running');
    const firstTry = arr((await allCalls(id))[0]?.['date_tries'])[0];
    expect(firstTry).toBe('2025-03-04 14:00:00');
    sandbox.clock.advance(HOUR);
    expect(await status()).toBe('completed');
  });

  it('retries unanswered numbers after tries_interval minutes, up to max_tries', async () => {
    const soundId = await newSound();
    const created = await api.call('post-autocalls', {
      body: { name: 'Три попытки', type: 'regular', audio_id: [soundId], list_id: kzNumbers(60, '+7707'), max_tries: 3, tries_interval: 30, time_from: '09:00:00', time_to: '21:00:00' },
    });
    sandbox.clock.advance(4 * HOUR);
    const calls = await allCalls(Number(obj(created.body)['id']));
    const retried = calls.filter((c) => Number(c['tries']) > 1);
    expect(retried.length).toBeGreaterThan(0);
    for (const call of retried) {
      const tries = arr(call['date_tries']).map((t) => Date.parse(`${String(t).replace(' ', 'T')}+05:00`));
      for (let i = 1; i < tries.length; i++) expect((tries[i] ?? 0) - (tries[i - 1] ?? 0)).toBeGreaterThanOrEqual(30 * MINUTE);
      expect(arr(call['status_tries']).slice(0, -1).every((s) => s === 'no_answer' || s === 'busy')).toBe(true);
    }
    expect(calls.every((c) => Number(c['tries']) <= 3)).toBe(true);
  });

  it('is denied with its audio when moderators deny the audio, and releases the reservation', async () => {
    const soundId = await newSound('Лучшее онлайн казино Казахстана ждёт вас!');
    const afterSynthesis = await balance();
    const created = await api.call('post-autocalls', { body: { name: 'Реклама', type: 'regular', audio_id: [soundId], list_id: kzNumbers(5) } });
    sandbox.clock.advance(5 * MINUTE);
    expect((await notifications('SoundConfirmed'))[0]?.['data']).toMatchObject({ confirmed: false });
    const detail = obj((await api.call('get-autocalls-id', { params: { id: Number(obj(created.body)['id']) } })).body);
    expect(detail['status']).toBe('denied');
    expect(detail['comment']).toEqual(expect.any(String));
    expect(await balance()).toBe(afterSynthesis);
    expect((await notifications('AutocallConfirmed'))[0]?.['data']).toMatchObject({ confirmed: false });
  });
});

describe('more than 5000 numbers', () => {
  it('answers 202, reserves at once, and the campaign appears later', async () => {
    sandbox.createAccount('rich', { seeded: false, balance: 500_000 });
    api = clientFor(sandbox, 'rich');
    const soundId = await newSound();
    const list = await api.call('post-lists', { body: { name: 'Большой', numbers: kzNumbers(5001) } });
    const before = await balance();
    const accepted = await api.call('post-autocalls', { body: { name: 'Большой обзвон', type: 'regular', audio_id: [soundId], list_id: [Number(obj(list.body)['id'])] } });
    expect(accepted.status).toBe(202);
    expectContract('post-autocalls', accepted);
    expect(await balance()).toBeLessThan(before);
    expect(obj((await api.call('get-autocalls')).body)['total']).toBe(0);
    sandbox.clock.advance(2 * MINUTE);
    const listed = obj((await api.call('get-autocalls')).body);
    expect(listed['total']).toBe(1);
    expect(arr(listed['data'])[0]).toMatchObject({ name: 'Большой обзвон', status: 'moderation' });
  });
});

describe('SMS campaigns', () => {
  it('deliver, finish with SMSBulkFinished and cost what was sent', async () => {
    const created = await api.call('post-bulks', {
      body: { name: 'Напоминание', text: 'Здравствуйте, {{name}}! Ваш долг {{debt}} тенге.', list_id: [...kzNumbers(30, '+7775').map((n, i) => ({ ...n, variables: { name: `Клиент ${i}`, debt: '1000' } }))] },
    });
    const id = Number(obj(created.body)['id']);
    expect(obj(created.body)).toMatchObject({ status: 'moderation', recipients: 30, segments: 1 });
    sandbox.clock.advance(3 * MINUTE);
    const detail = obj((await api.call('get-bulks-id', { params: { id }, query: { page: 2 } })).body);
    expect(detail['status']).toBe('completed');
    const messages = [
      ...arr(obj(obj((await api.call('get-bulks-id', { params: { id } })).body)['messages'])['data']),
      ...arr(obj(detail['messages'])['data']),
    ].map(obj);
    expect(messages).toHaveLength(30);
    const statuses = new Set(messages.map((m) => m['status']));
    expect([...statuses].every((s) => ['delivered', 'failed', 'expired', 'undeliverable', 'rejected'].includes(String(s)))).toBe(true);
    expect(messages.filter((m) => m['status'] === 'delivered').length).toBeGreaterThan(20);
    const charged = messages.filter((m) => m['status'] !== 'rejected').length;
    expect(detail['final_cost']).toBe(charged * 16);
    expect(messages.every((m) => m['provider'] === 'kcell')).toBe(true);
    expect(await notifications('SMSBulkFinished')).toEqual([expect.objectContaining({ data: { id, name: 'Напоминание', type: 'bulk' } })]);
  });
});

describe('money', () => {
  it('sends LowBalance once, when the balance falls below the threshold', async () => {
    sandbox.createAccount('thin', { seeded: false, balance: 1010, lowBalanceThreshold: 1000 });
    const thin = clientFor(sandbox, 'thin');
    expect((await thin.call('post-flash-calls', { body: { number: '+77010000001', digits: 4 } })).status).toBe(201);
    const low = async () =>
      arr(obj((await thin.call('get-notifications')).body)['data'])
        .map(obj)
        .filter((n) => n['type'] === 'LowBalance');
    expect(await low()).toEqual([]);
    expect((await thin.call('post-flash-calls', { body: { number: '+77010000002', digits: 4 } })).status).toBe(201);
    expect(await low()).toEqual([expect.objectContaining({ data: { balance: 996, threshold: 1000 } })]);
    expect((await thin.call('post-flash-calls', { body: { number: '+77010000003', digits: 4 } })).status).toBe(201);
    expect(await low()).toHaveLength(1);
  });

  it('credits a top-up a minute after the payment page opens, with RefreshBalance', async () => {
    const before = await balance();
    const opened = await api.call('post-payments', { body: { amount: 5000 } });
    expect(await balance()).toBe(before);
    const pending = arr(obj(obj((await api.call('get-payments')).body)['transactions'])['data']).map(obj);
    expect(pending[0]).toMatchObject({ type: 'deposit', confirmed: false, total: 5000 });
    sandbox.clock.advance(MINUTE);
    expect(await balance()).toBe(before + 5000);
    expect((await notifications('RefreshBalance'))[0]?.['data']).toMatchObject({ action: 'deposit', amount: '5000.00' });
    const page = await fetch(String(obj(opened.body)['payment_url']));
    expect(page.status).toBe(200);
    expect(await balance()).toBe(before + 5000);
  });
});

describe('caller IDs', () => {
  it('warn three days before the month ends and are released at its end', async () => {
    sandbox.createAccount('gold', { seeded: false, tariff: 'GOLD' });
    const gold = clientFor(sandbox, 'gold');
    const rented = await gold.call('post-caller-ids', { body: { caller_id_id: 21 } });
    expect(obj(rented.body)['rented_until']).toBe('2025-04-03T10:00:00+05:00');
    const types = async () =>
      arr(obj((await gold.call('get-notifications')).body)['data'])
        .map(obj)
        .map((n) => n['type']);
    sandbox.clock.advance(27 * DAY);
    expect(await types()).not.toContain('CallerIdExpiringSoon');
    sandbox.clock.advance(DAY + HOUR);
    expect(await types()).toContain('CallerIdExpiringSoon');
    expect(arr(obj((await gold.call('get-caller-ids')).body)['data'])).toHaveLength(1);
    sandbox.clock.advance(3 * DAY);
    expect(await types()).toContain('CallerIdReleased');
    expect(arr(obj((await gold.call('get-caller-ids')).body)['data'])).toHaveLength(0);
    expect((await api.call('post-caller-ids', { body: { caller_id_id: 21 } })).status).toBe(201);
  });
});

describe('lists, sounds, scenarios', () => {
  it('import in the background and report ImportComplete', async () => {
    const created = await api.call('post-lists', { body: { name: 'Импорт', numbers: kzNumbers(3000) } });
    expect(obj(created.body)['importing']).toBe(true);
    sandbox.clock.advance(10_000);
    const list = obj((await api.call('get-lists-id', { params: { id: Number(obj(created.body)['id']) } })).body);
    expect(list['importing']).toBe(false);
    expect((await notifications('ImportComplete'))[0]?.['data']).toMatchObject({ id: list['id'], name: 'Импорт' });
  });

  it('moderate scenarios', async () => {
    const created = await api.call('post-scenarios', { body: { name: 'Опрос', data: JSON.stringify({ steps: [{ type: 'record' }] }) } });
    sandbox.clock.advance(2 * MINUTE);
    const scenario = obj((await api.call('get-scenarios-id', { params: { id: Number(obj(created.body)['id']) } })).body);
    expect(scenario['confirmed_at']).toEqual(expect.any(String));
    expect((await notifications('ScenarioConfirmed'))[0]?.['data']).toMatchObject({ id: scenario['id'], confirmed: true });
  });

  it('mark nonexistent numbers after a campaign and can drop them', async () => {
    sandbox.createAccount('seeded');
    const seeded = clientFor(sandbox, 'seeded');
    const lists = arr(obj((await seeded.call('get-lists')).body)['data']).map(obj);
    const almaty = lists.find((l) => l['name'] === 'Клиенты Алматы');
    const dead = arr(almaty?.['nonexistent']);
    expect(dead.length).toBeGreaterThan(0);
    const detected = arr(obj((await seeded.call('get-notifications')).body)['data']).map(obj);
    expect(detected.map((n) => n['type'])).toContain('NonexistentContactsDetected');
    const id = Number(almaty?.['id']);
    expect((await seeded.call('delete-lists-nonexistent-id', { params: { id } })).status).toBe(204);
    const after = obj((await seeded.call('get-lists-id', { params: { id } })).body);
    expect(after['nonexistent']).toBeNull();
    expect(after['contacts_count']).toBe(Number(almaty?.['contacts_count']) - dead.length);
  });

  it('drop a number nobody confirmed within 10 minutes', async () => {
    await api.call('post-settings-confirmed-numbers', { body: { number: '+77011112233' } });
    expect(arr((await api.call('get-settings-confirmed-numbers')).body)).toHaveLength(1);
    sandbox.clock.advance(10 * MINUTE);
    expect(arr((await api.call('get-settings-confirmed-numbers')).body)).toHaveLength(0);
  });
});

describe('determinism', () => {
  async function runCampaign(seed: number, steps: number): Promise<unknown[]> {
    const box = await startSandbox({ keys: [], startAt: MONDAY_10_ALMATY, seed });
    try {
      box.createAccount('k', { seeded: false });
      const client = clientFor(box, 'k');
      const sound = await client.call('post-sounds', { body: { name: 's', type: 'synthesis', data: [{ text: 'Здравствуйте! Это напоминание о записи к врачу.' }] } });
      const created = await client.call('post-autocalls', {
        body: { name: 'c', type: 'regular', audio_id: [Number(obj(sound.body)['id'])], list_id: kzNumbers(30), max_tries: 2, tries_interval: 15, lifetime: true },
      });
      for (let i = 0; i < steps; i++) box.clock.advance((3 * HOUR) / steps);
      const detail = obj((await client.call('get-autocalls-id', { params: { id: Number(obj(created.body)['id']) }, query: { page: 2 } })).body);
      return arr(obj(detail['calls'])['data']).map((c) => {
        const { status, duration, r_duration, status_tries, date_tries } = obj(c);
        return { status, duration, r_duration, status_tries, date_tries };
      });
    } finally {
      await box.close();
    }
  }

  it('gives the same outcomes for the same seed, however often anyone looked', async () => {
    const once = await runCampaign(5, 1);
    expect(once.length).toBe(15);
    expect(await runCampaign(5, 37)).toEqual(once);
    expect(await runCampaign(6, 1)).not.toEqual(once);
  });
});
