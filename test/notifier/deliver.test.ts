/**
 * The deliver step against a store and a scripted Telegram: what is recorded delivered is skipped, a send whose
 * answer was lost is sent again and recorded once, a delivery in flight is not started a second time until its
 * claim lapses, and Telegram's refusals leave the delivery as each of them should.
 */
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { GrammyError, HttpError } from 'grammy';
import type { Message } from 'grammy/types';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createI18n, translatorFor } from '../../src/bot/i18n.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import type { Delivery } from '../../src/notifier/delivery.js';
import { CLAIMED_RECHECK_MS, createDeliverer, type DeliveryOutcome } from '../../src/notifier/engine/deliver.js';
import { sendClaimMs } from '../../src/notifier/engine/send-claim.js';
import { createNotifierMetrics } from '../../src/notifier/notifier-metrics.js';
import { createKeyCipher, createMemoryStore } from '../../src/store/index.js';

const OWNER = 501_234_567;
const LOCK_MS = 30_000;
const CLAIM_MS = sendClaimMs(LOCK_MS);

/** What the scripted Telegram does with one sendMessage: take it (and answer or not), or refuse it. */
type Script = 'ok' | 'taken, answer lost' | 'taken, never answered' | 'flood' | 'blocked' | 'bad request';

function refusal(code: number, description: string, retryAfter?: number): GrammyError {
  return new GrammyError(`Call to 'sendMessage' failed! (${String(code)}: ${description})`, { ok: false, error_code: code, description, ...(retryAfter === undefined ? {} : { parameters: { retry_after: retryAfter } }) }, 'sendMessage', {});
}

async function world(scripts: Script[]) {
  let now = Date.UTC(2025, 2, 1, 9, 0);
  const clock = () => now;
  const store = createMemoryStore({ cipher: createKeyCipher([{ id: 'k1', key: randomBytes(32) }]), clock });
  const parsed = loadConfig({ BOT_TOKEN: '123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', NOTIFIER_LOCK_MS: String(LOCK_MS) });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const account = await store.accounts.create({ name: 'Shop', demo: false, apiKey: 'ak_live_deliver_test_0001', ownerId: OWNER });
  await store.members.set(account.id, OWNER, 'owner', { name: 'Aigerim' });
  await store.users.update(OWNER, { lang: 'en' });
  /** Texts Telegram took, in order: what the chat shows. */
  const taken: string[] = [];
  const telegram = {
    sendMessage(chatId: number | string, text: string): Promise<Message.TextMessage> {
      const script = scripts.shift() ?? 'ok';
      const message: Message.TextMessage = { message_id: taken.length + 1, date: Math.floor(now / 1000), chat: { id: Number(chatId), type: 'private', first_name: 'Aigerim' }, text };
      switch (script) {
        case 'ok':
          taken.push(text);
          return Promise.resolve(message);
        case 'taken, answer lost':
          taken.push(text);
          return Promise.reject(new HttpError('Network request for \'sendMessage\' failed!', new Error('socket hang up')));
        case 'taken, never answered':
          taken.push(text);
          return new Promise(() => undefined);
        case 'flood':
          return Promise.reject(refusal(429, 'Too Many Requests: retry after 3', 3));
        case 'blocked':
          return Promise.reject(refusal(403, 'Forbidden: bot was blocked by the user'));
        default:
          return Promise.reject(refusal(400, 'Bad Request: can\'t parse entities'));
      }
    },
  };
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  const metrics = createNotifierMetrics(new Registry());
  const deps = { config: parsed.config, logger: createLogger({ level: 'fatal', destination: quiet }), store, translate: translatorFor(createI18n(() => 'ru')), telegram, metrics, now: clock };
  const delivery: Delivery = {
    accountId: account.id,
    notification: { id: '4f227359-cbc5-4b4d-811f-e8846abe6f35', type: 'LowBalance', data: { balance: 1500, threshold: 2000 }, createdAt: '2025-03-01 14:00:00' },
    target: { chatId: OWNER },
  };
  /** The overall schedule: every send waits its turn; Telegram's retry_after holds it. */
  const schedule = { turns: 0, holds: [] as number[] };
  const pacer = {
    wait: () => {
      schedule.turns++;
      return Promise.resolve();
    },
    hold: (ms: number) => {
      schedule.holds.push(ms);
      return Promise.resolve();
    },
  };
  const { deliver } = createDeliverer(deps, { claimMs: CLAIM_MS, pacer });
  return {
    store,
    taken,
    schedule,
    /** One attempt, as a worker of any process would make it. */
    attempt: () => deliver(delivery),
    /** Starts an attempt without waiting for it: a process whose send is still in flight (or that died in it). */
    startAttempt: () => void deliver(delivery),
    elapse: (ms: number) => {
      now += ms;
    },
    recorded: () => store.notifier.isDelivered(account.id, delivery.notification.id, OWNER),
    deliveredCount: async () => (await metrics.delivered.get()).values.reduce((sum, value) => sum + value.value, 0),
  };
}

describe('deliver', () => {
  it('skips a delivery recorded delivered, whoever recorded it', async () => {
    const w = await world([]);
    expect(await w.attempt()).toEqual({ kind: 'sent' });
    // Later attempts (a retry, a takeover, a restart) find the record and send nothing.
    w.elapse(CLAIM_MS + 1);
    expect(await w.attempt()).toEqual({ kind: 'skipped' });
    expect(w.taken).toHaveLength(1);
    expect(w.schedule.turns).toBe(1);
  });

  it('sends again a message Telegram took but whose answer was lost, and records it once', async () => {
    const w = await world(['taken, answer lost', 'ok']);
    expect(await w.attempt()).toMatchObject({ kind: 'retry' });
    expect(await w.recorded()).toBe(false);
    // The claim was given back: the retry does not wait for it to lapse (the chat's pacing is past by then).
    w.elapse(1000);
    expect(await w.attempt()).toEqual({ kind: 'sent' });
    expect(await w.attempt()).toEqual({ kind: 'skipped' });
    expect(w.taken).toHaveLength(2);
    expect(await w.recorded()).toBe(true);
    expect(await w.deliveredCount()).toBe(1);
  });

  it('does not start a delivery in flight elsewhere, and sends it once that claim lapses (its process died)', async () => {
    const w = await world(['taken, never answered', 'ok']);
    w.startAttempt();
    await expect.poll(() => w.taken.length).toBe(1);
    // Attempts a second apart, past the chat's pacing each time, so only the claim decides.
    for (const elapsed of [1000, CLAIM_MS - 1001]) {
      w.elapse(elapsed);
      expect(await w.attempt()).toEqual({ kind: 'paced', delayMs: CLAIMED_RECHECK_MS });
    }
    w.elapse(1000);
    expect(await w.attempt()).toEqual({ kind: 'sent' });
    expect(w.taken).toHaveLength(2);
    expect(await w.recorded()).toBe(true);
  });

  it('lets one of two simultaneous attempts send', async () => {
    const w = await world([]);
    const outcomes = await Promise.all([w.attempt(), w.attempt()]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['paced', 'sent']);
    expect(w.taken).toHaveLength(1);
  });

  it.each<[string, Script, DeliveryOutcome, DeliveryOutcome, number[]]>([
    ['flood control: all sends wait, then this one is sent', 'flood', { kind: 'flood', retryAfterMs: 3000 }, { kind: 'sent' }, [3000]],
    ['a blocked bot: the subscription is paused, nothing more goes there', 'blocked', { kind: 'paused' }, { kind: 'skipped' }, []],
    ['a message Telegram will never take: dropped, its claim left to lapse', 'bad request', { kind: 'rejected' }, { kind: 'paced', delayMs: CLAIMED_RECHECK_MS }, []],
  ])('on %s', async (_, script, outcome, next, holds) => {
    const w = await world([script]);
    expect(await w.attempt()).toEqual(outcome);
    expect(w.schedule.holds).toEqual(holds);
    expect(await w.recorded()).toBe(false);
    // Past the chat's pacing interval, which the refused send used.
    w.elapse(1000);
    expect(await w.attempt()).toEqual(next);
    expect(w.taken).toHaveLength(next.kind === 'sent' ? 1 : 0);
  });
});
