/**
 * When a flash call cannot go out: a viewer and a stranger are refused (also on a forged button), no money is told
 * per role (support asks a manager, managers and owners get Top up), a refused key is told to the owner once with
 * the relink button, and AutoCall's own 429 says how long to wait. Every attempt that reached AutoCall is audited.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { buttonLabels, joinTeam, linkKey } from '../support/journeys.js';

const KEY = 'ak_live_flash_errors_0123456789';
/** Journeys tap faster than people: neither the bot's flood limit nor Telegram's may drop or delay a step. */
const FAST = { env: { FLOOD_LIMIT: '1000' }, telegram: { rateLimits: { privateChatBurst: 1000 } } } as const;

let harness: BotUnderTest | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

async function accountOf(bot: BotUnderTest, userId: number): Promise<string> {
  return (await bot.app.deps.store.members.listByUser(userId))[0]?.accountId ?? '';
}

describe('/flash refusals and errors', () => {
  it('refuses a viewer (also a forged Send again) and a stranger', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY], ...FAST });
    const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    const viewer = harness.tg.user({ first_name: 'Vera', language_code: 'en' });
    const stranger = harness.tg.user({ first_name: 'Stan', language_code: 'en' });
    await linkKey(owner, KEY);
    await joinTeam(owner, viewer, 'viewer');
    const accountId = await accountOf(harness, owner.id);

    await viewer.send('/flash 87011234567');
    await viewer.waitFor('Your role (viewer) cannot do this. It needs support or higher.');
    const forged = await viewer.pressCallback(`fa:${accountId}:7011234567:4`);
    expect(forged).toMatchObject({ show_alert: true, text: 'Your role (viewer) cannot do this. It needs support or higher.' });
    await stranger.send('/flash 87011234567');
    await stranger.waitFor(/Link an AutoCall account first/);

    expect(harness.autocall.state(KEY)?.['flashCalls']).toEqual([]);
    harness.tg.expectNoViolations();
  });

  it('without money: support is told to ask a manager, the owner gets Top up; both attempts are audited', async () => {
    harness = await startBotUnderTest(FAST);
    harness.autocall.createAccount(KEY, { balance: 0 });
    const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    const support = harness.tg.user({ first_name: 'Sveta', language_code: 'en' });
    await linkKey(owner, KEY);
    await joinTeam(owner, support, 'support');

    await support.send('/flash 87011234567');
    const asked = await support.waitFor(/Ask a manager or the owner to top up/);
    expect(buttonLabels(asked)).toEqual([]);
    await owner.send('/flash 87011234567');
    const topUp = await owner.waitFor(/Top up and send again/);
    expect(buttonLabels(topUp)).toEqual(['💳 Top up']);

    const audit = await harness.app.deps.store.audit.list(await accountOf(harness, owner.id), { limit: 10, action: 'flash.send' });
    expect(audit.entries.map(({ actorId, target, result, detail }) => ({ actorId, target, result, detail }))).toEqual([
      { actorId: owner.id, target: '+77011234567', result: 'error', detail: 'insufficient_funds' },
      { actorId: support.id, target: '+77011234567', result: 'error', detail: 'insufficient_funds' },
    ]);
    harness.tg.expectNoViolations();
  });

  it('tells the owner once, with the relink button, when AutoCall refuses the key', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY], ...FAST });
    const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    const support = harness.tg.user({ first_name: 'Sveta', language_code: 'en' });
    await linkKey(owner, KEY);
    await joinTeam(owner, support, 'support');
    harness.autocall.revokeKey(KEY);

    await support.send('/flash 87011234567');
    await support.waitFor(/no longer accepts the key .* The owner has been told/);
    const notice = await owner.waitFor(/Sveta could not send a flash call/);
    expect(buttonLabels(notice)).toEqual(['🔑 Link a new key']);
    // The account now waits for a new key: the next attempt is refused before reaching AutoCall, nobody is told again.
    await support.send('/flash 87011234567');
    await support.waitFor(/The owner can link a new one/);
    expect(owner.messages().filter((message) => message.text?.includes('could not send a flash call'))).toHaveLength(1);
    harness.tg.expectNoViolations();
  });

  it('says how long to wait when AutoCall itself answers 429', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY], ...FAST });
    const support = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    await linkKey(support, KEY);
    harness.autocall.faults.set({ kind: 'rate-limit', path: '/api/v1/flash-calls', retryAfterSeconds: 150, times: 1 });
    await support.send('/flash 87011234567');
    await support.waitFor(/AutoCall allows 3 flash calls to \+7 701 123 45 67 in 5 minutes\. Try again in 2 min 30 sec\./);
    await support.send('/flash 87011234567');
    await support.waitFor(/Flash call sent/);
    harness.tg.expectNoViolations();
  });
});
