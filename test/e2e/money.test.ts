import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAutocallClient, paginate } from '../../src/api/index.js';
import { formatMoney } from '../../src/domain/format/index.js';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { buttonLabels, joinTeam, linkKey, pngSize } from '../support/journeys.js';
import type { ChatMessage } from '../support/telegram/index.js';

const KEY = 'ak_live_money_0123456789abcdef';

let harness: BotUnderTest | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

/**
 * Opens card payment links (each a pending transaction of its own, as AutoCall keeps them until paid), then reads
 * every transaction back, newest first, as the amounts the bot should show.
 */
async function openTopUps(h: BotUnderTest, sums: number[]): Promise<string[]> {
  const client = createAutocallClient({ apiUrl: h.autocall.apiUrl, publicApiUrl: h.autocall.publicApiUrl });
  const api = client.forKey(KEY);
  for (const amount of sums) await api.payments.create({ amount });
  const shown: string[] = [];
  for await (const transaction of paginate(async (page) => (await api.payments.list({ page })).transactions)) {
    const total = transaction.total ?? 0;
    shown.push(`${total > 0 ? '+' : ''}${formatMoney(total, 'en')}`);
  }
  await client.close();
  return shown;
}

function transactionLines(message: ChatMessage): string[] {
  return (message.text ?? '').split('\n').filter((line) => /^[➕➖⏳] /u.test(line));
}

/** The amount of each transaction line, as shown. */
function amounts(message: ChatMessage): string[] {
  return transactionLines(message).map((line) => /([+-]?₸[\d,.]+)/u.exec(line)?.[1] ?? line);
}

describe('money', () => {
  // The bot lets one person send at most 8 updates in 3 seconds: each journey stays within that.
  it('shows the balance and pages the payments across server pages', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY] });
    const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    await linkKey(owner, KEY);
    // 12 pending top-ups on top of the 7 seeded transactions: 19 rows, two server pages of 15, three bot pages of 8.
    const expected = await openTopUps(harness, Array.from({ length: 12 }, (_, i) => 1000 + i * 10));
    expect(expected).toHaveLength(19);

    await owner.send('/balance');
    const balance = await owner.waitFor(/Balance of/);
    expect(balance.text).toContain('On the balance: ₸25,000');
    expect(balance.text).toMatch(/Tariff: SILVER — call ₸2\.80\/s, SMS ₸16/);
    expect(buttonLabels(balance)).toEqual(expect.arrayContaining(['💳 Top up', '📜 Payments', '📊 Dashboard', '🔄 Refresh']));
    // Nothing changed: Refresh leaves the message as it is instead of an edit Telegram would refuse.
    await owner.tap('🔄 Refresh');

    await owner.tap('📜 Payments');
    const first = await owner.waitFor(/page 1 of 3/);
    expect(first.text).toContain('Transactions (19, page 1 of 3)');
    expect(amounts(first)).toEqual(expected.slice(0, 8));
    expect(transactionLines(first)[0]).toMatch(/^⏳ .*\+₸1,110/u);
    await owner.tap('›');
    const second = await owner.waitFor(/page 2 of 3/);
    // Rows 9–16 straddle the two server pages of 15: four pending top-ups, then the seeded history.
    expect(amounts(second)).toEqual(expected.slice(8, 16));
    expect(amounts(second).slice(0, 4)).toEqual(['+₸1,030', '+₸1,020', '+₸1,010', '+₸1,000']);
    await owner.tap('›');
    const third = await owner.waitFor(/page 3 of 3/);
    expect(amounts(third)).toEqual(expected.slice(16));
    expect(transactionLines(third).at(-1)).toMatch(/\+₸15,000 · Пополнение баланса картой/u);
    expect(buttonLabels(third)).toEqual(['‹', '« Balance']);
    await owner.tap('« Balance');
    await owner.waitFor(/On the balance/);
    harness.tg.expectNoViolations();
  });

  it('sends the dashboard as a chart image and replaces it on refresh', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY] });
    const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    await linkKey(owner, KEY);
    await owner.send('/balance');
    const balance = await owner.waitFor(/Balance of/);
    await owner.tap('📊 Dashboard');
    const dashboard = await owner.waitFor((message) => message.media?.kind === 'photo');
    expect(dashboard.caption).toContain('Dashboard of');
    const client = createAutocallClient({ apiUrl: harness.autocall.apiUrl, publicApiUrl: harness.autocall.publicApiUrl });
    const truth = await client.forKey(KEY).dashboard.get();
    await client.close();
    const week = Object.values(truth.week_activity);
    const weekCalls = week.reduce((sum, day) => sum + (day.all ?? 0), 0);
    const weekSuccess = week.reduce((sum, day) => sum + (day.success ?? 0), 0);
    expect(weekCalls).toBeGreaterThan(0);
    expect(dashboard.caption).toContain(`This week: calls: ${weekCalls}, successful: ${weekSuccess} (${Math.round((weekSuccess / weekCalls) * 100)}%)`);
    const full = truth.full_activity;
    expect(dashboard.caption).toContain(
      `Successful: ${full.success} · Called back: ${full.recalled} · No answer: ${full.no_answer} · Busy: ${full.busy} · Error: ${full.error} · Spam: ${full.spam}`,
    );
    const bytes = dashboard.media?.bytes ?? new Uint8Array();
    expect(pngSize(bytes)).toEqual({ width: 2000, height: 1200 });
    expect(bytes.byteLength).toBeGreaterThan(20_000);

    await owner.tap('🔄 Refresh');
    const fresh = await owner.waitFor((message) => message.media?.kind === 'photo' && message.message_id !== dashboard.message_id);
    expect(fresh.caption).toContain('Dashboard of');
    const stillShown = () => owner.messages().some((message) => message.message_id === dashboard.message_id && !message.deleted);
    await vi.waitFor(() => expect(stillShown()).toBe(false));
    // The balance card the first tap came from stays as it was.
    expect(owner.messages().find((message) => message.message_id === balance.message_id)?.deleted).toBe(false);
    harness.tg.expectNoViolations();
  });

  it('lets a viewer see money but not top up, and refuses taps from outside the account', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY] });
    const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    await linkKey(owner, KEY);
    const viewer = harness.tg.user({ first_name: 'Vera', language_code: 'ru' });
    await joinTeam(owner, viewer, 'viewer');
    const accountId = (await harness.app.deps.store.members.listByUser(owner.id))[0]?.accountId ?? '';

    await viewer.send('/balance');
    const balance = await viewer.waitFor(/На балансе/);
    expect(buttonLabels(balance)).not.toContain('💳 Пополнить баланс');
    expect(buttonLabels(balance)).toContain('📜 Платежи');
    await viewer.send('/dashboard');
    const dashboard = await viewer.waitFor((message) => message.media?.kind === 'photo');
    expect(dashboard.caption).toContain('Сводка');

    const stranger = harness.tg.user({ first_name: 'Sam', language_code: 'en' });
    await stranger.send('/balance');
    await stranger.waitFor(/Link an AutoCall account first/);
    await stranger.send('/start');
    await stranger.waitFor(/Hello/);
    const answer = await stranger.pressCallback(`mp:${accountId}:0`);
    expect(answer.text).toMatch(/no role in this account/);
    expect(harness.logs()).toContain('callback refused');
    harness.tg.expectNoViolations();
  });
});
