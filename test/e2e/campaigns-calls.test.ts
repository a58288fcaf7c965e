/**
 * A campaign's calls: AutoCall's pages with ‹ ›, one call with its tries, the recording sent as Telegram plays it, and the
 * relaunch of the numbers not reached into a new list offered for a new campaign.
 */
import { describe, expect, it } from 'vitest';
import { paginate, type AutocallApi, type Call } from '../../src/api/index.js';
import { formatPhone } from '../../src/domain/phone/index.js';
import type { BotUnderTest } from '../support/bot-under-test.js';
import { buttonLabels, collect, createCallCampaign, openCampaignCard, testRecipients } from '../support/journeys.js';
import { ownerSessions } from '../support/menu-steps.js';

const KEY = 'ak_live_campaign_calls_0123456789ab';
const MINUTE = 60_000;

const start = ownerSessions(KEY);

/** A finished campaign "Big" to `size` numbers (several of AutoCall's pages of calls). */
async function finishedCampaign(harness: BotUnderTest, api: AutocallApi, size: number): Promise<number> {
  const id = await createCallCampaign(api, 'Big', testRecipients('707', 5000, size));
  harness.autocall.clock.advance(30 * MINUTE);
  expect((await api.autocalls.get(id)).status).toBe('completed');
  return id;
}

function allCalls(api: AutocallApi, id: number): Promise<Call[]> {
  return collect(paginate(async (page) => (await api.autocalls.get(id, { page })).calls));
}

describe('calls of a campaign', () => {
  it('pages the calls, opens one with its tries, and sends its WAV recording as a document Telegram can open', async () => {
    const { harness, api, owner } = await start();
    const seeded = (await api.autocalls.list()).data.find((autocall) => autocall.name === 'Акция выходного дня');
    if (!seeded) throw new Error('no seeded campaign');
    const calls = await allCalls(api, seeded.id);
    const answered = calls.findIndex((call) => call.status === 'success' && call.duration > 0);
    const answeredCall = calls[answered];
    if (!answeredCall) throw new Error('the seeded campaign has no answered call');

    await openCampaignCard(owner, '/campaigns', /Акция выходного дня/);
    await owner.tap('📋 Calls');
    const first = await owner.waitFor(/calls 1–8 of 12/);
    expect(buttonLabels(first)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '›', '« To the campaign']);
    // Eight to a page: the answered call is on the first or the second.
    if (answered >= 8) {
      await owner.tap('›');
      await owner.waitFor(/calls 9–12 of 12/);
    }
    expect(owner.lastMessage()?.text).toContain(`${answered + 1}. ${formatPhone(answeredCall.number)}`);

    await owner.tap(String(answered + 1));
    const details = await owner.waitFor(/Status: ✅ success/);
    expect(details.text).toContain(`Tries: ${answeredCall.tries}`);
    // Each try with its date and outcome; the last one answered.
    expect(details.text).toMatch(new RegExp(`${answeredCall.tries}\\. .*\\d{2}:\\d{2} — ✅ success`));

    await owner.tap('🎧 Recording');
    // AutoCall records conversations as WAV, which Telegram plays only as a file: it goes as a document.
    const audio = await owner.waitFor((message) => message.media?.kind === 'document');
    const recording = await api.calls.recording(answeredCall.id);
    expect(recording.contentType).toMatch(/^audio\/wav/);
    expect(audio.media?.file_name).toBe(recording.fileName);
    expect(Buffer.from(audio.media?.bytes ?? []).equals(Buffer.from(recording.bytes))).toBe(true);
    expect(audio.caption).toContain('Conversation with');

    harness.tg.expectNoViolations();
  });

  it('offers no recording for a call nobody answered', async () => {
    const { harness, api, owner, accountId } = await start();
    const seeded = (await api.autocalls.list()).data.find((autocall) => autocall.name === 'Акция выходного дня');
    const silent = seeded && (await allCalls(api, seeded.id)).find((call) => call.duration === 0);
    if (!seeded || !silent) throw new Error('the seeded campaign has no unanswered call');

    await owner.send('/campaigns');
    await owner.waitFor(/Call campaigns/);
    await owner.pressCallback(`acq:${accountId}:${seeded.id}:${silent.id}:0`);
    const details = await owner.waitFor(/Status: /);
    expect(details.text).toContain(formatPhone(silent.number));
    expect(buttonLabels(details)).toEqual(['« To the calls']);
    harness.tg.expectNoViolations();
  });

  it('pages through calls eight at a time over AutoCall\'s pages of fifteen', async () => {
    const { harness, api, owner, accountId } = await start();
    const id = await finishedCampaign(harness, api, 40);
    const calls = await allCalls(api, id);
    // From another message (the account card): the first page of calls arrives as a new message.
    await owner.pressCallback(`acc:${accountId}:${id}:0`);
    await owner.waitFor(/calls 1–8 of 40/);
    await owner.tap('›');
    // Calls 9–16 straddle AutoCall's first and second pages.
    const second = await owner.waitFor(/calls 9–16 of 40/);
    expect(buttonLabels(second)).toEqual(['9', '10', '11', '12', '13', '14', '15', '16', '‹', '›', '« To the campaign']);
    for (const [index, call] of calls.slice(8, 16).entries()) expect(second.text).toContain(`${index + 9}. ${formatPhone(call.number)} (Client ${index + 9})`);
    await owner.pressCallback(`acc:${accountId}:${id}:4`);
    const last = await owner.waitFor(/calls 33–40 of 40/);
    expect(buttonLabels(last)).toEqual(['33', '34', '35', '36', '37', '38', '39', '40', '‹', '« To the campaign']);
    harness.tg.expectNoViolations();
  });

  it('relaunches the numbers not reached as a new list and offers a campaign on it', async () => {
    const { harness, api, owner } = await start();
    const id = await finishedCampaign(harness, api, 40);
    const missed = (await allCalls(api, id)).filter((call) => call.status !== 'success');
    expect(missed.length).toBeGreaterThan(0);

    await openCampaignCard(owner, '/campaigns', /Big/);
    await owner.tap('🔁 Call those not reached again');
    const offer = await owner.waitFor(/New list/);
    expect(offer.text).toContain(`${missed.length} numbers that “Big” did not reach`);
    expect(buttonLabels(offer)).toEqual(['📞 Call this list', '📋 Open the list']);

    const lists = (await api.lists.list({ order: 'desc' })).data;
    const created = lists.find((list) => list.name === 'Big — повтор');
    expect(created?.contacts_count).toBe(missed.length);
    const audit = await harness.app.deps.store.audit.list((await harness.app.deps.store.members.listByUser(owner.id))[0]?.accountId ?? '', { limit: 10 });
    expect(audit.entries.map((entry) => entry.action)).toContain('campaign.relaunch');
    harness.tg.expectNoViolations();
  });
});
