/**
 * AutoCall failing while a list uploads: a part refused with a 500 and a part whose answer was lost are retried
 * without doubling anything; a part failing for good leaves the list half uploaded, reported with what is in it,
 * and Resume finishes it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { linkKey } from '../support/journeys.js';
import { clientsCsv, newListFromFile, sandboxListContacts } from '../support/list-steps.js';
import type { FakeUser } from '../support/telegram/index.js';

const KEY = 'ak_live_listfault_0123456789';
const FAST = { env: { FLOOD_LIMIT: '1000' }, telegram: { rateLimits: { privateChatBurst: 1000 } } } as const;
const APPEND = { path: '/api/v1/lists/append', method: 'POST' } as const;

let harness: BotUnderTest | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

async function start(): Promise<{ h: BotUnderTest; owner: FakeUser }> {
  const h = await startBotUnderTest({ liveKeys: [KEY], ...FAST });
  harness = h;
  const owner = h.tg.user({ first_name: 'Dana', language_code: 'en' });
  await linkKey(owner, KEY);
  return { h, owner };
}

describe('new list wizard when AutoCall fails mid-upload', () => {
  it('retries a part that failed and one whose answer was lost, without adding anything twice', async () => {
    const { h, owner } = await start();
    await newListFromFile(owner, 'Flaky', 'flaky.csv', clientsCsv(20_500));
    // The second part is processed but its answer never comes back; the third is refused with a 500 once.
    h.autocall.faults.set({ kind: 'drop-response', ...APPEND, times: 1 });
    h.autocall.faults.set({ kind: 'server-error', ...APPEND, times: 1 });
    await owner.tap(/Create the list/);
    await owner.waitFor(/The list Flaky is created/);
    const contacts = sandboxListContacts(h.autocall, KEY, 'Flaky');
    expect(contacts).toHaveLength(20_500);
    expect(new Set(contacts.map((c) => c.number)).size).toBe(20_500);
    h.tg.expectNoViolations();
  });

  it('reports a half-uploaded list with what is in it, and Resume finishes it', async () => {
    const { h, owner } = await start();
    await newListFromFile(owner, 'Half', 'half.csv', clientsCsv(10_500));
    h.autocall.faults.set({ kind: 'server-error', ...APPEND });
    await owner.tap(/Create the list/);
    const half = await owner.waitFor(/only partly uploaded/);
    expect(half.text).toMatch(/AutoCall is not answering right now/);
    expect(half.text).toMatch(/The list Half \(ID \d+\) is only partly uploaded: it holds 10,000 of 10,500 numbers/);
    expect(sandboxListContacts(h.autocall, KEY, 'Half')).toHaveLength(10_000);
    h.autocall.faults.clear();
    await owner.tap('▶️ Resume the upload');
    const card = await owner.waitFor(/The list Half is created/);
    expect(card.text).toContain('numbers: 10,500');
    const contacts = sandboxListContacts(h.autocall, KEY, 'Half');
    expect(contacts).toHaveLength(10_500);
    expect(new Set(contacts.map((c) => c.number)).size).toBe(10_500);
    h.tg.expectNoViolations();
  });
});
