/**
 * Adding a confirmed number (the owner, from settings' "Add a number" button): every wrong input is explained and
 * asked again, a wrong code keeps the step, Back keeps the number without a second call, "Call again" places a new
 * call (not twice in a row), the contract's 10 minutes are enforced on AutoCall's clock, and a restart of the bot
 * between the two steps loses nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { links } from '../../src/bot/links.js';
import { type BotUnderTest, type BotUnderTestOptions, startBotUnderTest } from '../support/bot-under-test.js';
import { buttonLabels, joinTeam, linkKey } from '../support/journeys.js';
import type { FakeUser } from '../support/telegram/index.js';

const KEY = 'ak_live_verify_number_0123456789';
/** The bot reads AutoCall's clock, so ten minutes pass when the test moves it; taps are not flood-limited. */
const OPTIONS: BotUnderTestOptions = { liveKeys: [KEY], clock: 'sandbox', env: { FLOOD_LIMIT: '1000' }, telegram: { rateLimits: { privateChatBurst: 1000 } } };
const MINUTE = 60_000;

interface ConfirmedNumber {
  number: string;
  code: number;
  verifiedAt: string | null;
}

let harness: BotUnderTest | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

function confirmed(bot: BotUnderTest, number: string): ConfirmedNumber[] {
  return ((bot.autocall.state(KEY)?.['confirmedNumbers'] ?? []) as ConfirmedNumber[]).filter((entry) => entry.number === number);
}

async function openWizard(bot: BotUnderTest, owner: FakeUser): Promise<string> {
  const accountId = (await bot.app.deps.store.members.listByUser(owner.id))[0]?.accountId ?? '';
  await owner.pressCallback(links.verifyNumber(accountId));
  await owner.waitFor(/Confirm a number · step 1\/2/);
  return accountId;
}

describe('confirming a number', () => {
  it('explains wrong input at each step, keeps the number on Back, and confirms it in AutoCall', async () => {
    harness = await startBotUnderTest(OPTIONS);
    const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    await linkKey(owner, KEY);
    const accountId = await openWizard(harness, owner);

    await owner.send('call me');
    await owner.waitFor(/⚠️ “c” has no place in a phone number\.\n\nSend the mobile number/);
    await owner.send('8 706 555 12 34');
    await owner.waitFor(/Numbers with the code 706 cannot get this call\. Codes accepted: 700, 701, 702, 705, 707/);
    await owner.sendContact({ phone_number: '+7 701 555 12 34' });
    const calling = await owner.waitFor(/step 2\/2\n\n📞 AutoCall is calling \+7 701 555 12 34/);
    expect(calling.text).toContain('Minutes left to confirm: 10.');
    expect(buttonLabels(calling)).toEqual(['📞 Call again', '« Back', '✖ Cancel']);
    const [call] = confirmed(harness, '+77015551234');
    expect(call).toMatchObject({ verifiedAt: null });
    const code = String(call?.code);

    await owner.send('123');
    await owner.waitFor(/“123” is not a code: send the 5 last digits/);
    await owner.send(code === '12345' ? '54321' : '12345');
    await owner.waitFor(/AutoCall did not accept the code \d{5}: Неверный код подтверждения\./);
    await owner.tap('« Back');
    const back = await owner.waitFor(/step 1\/2[\s\S]*Now: \+7 701 555 12 34/);
    expect(buttonLabels(back)).toEqual(['Keep +7 701 555 12 34', '✖ Cancel']);
    await owner.tap('Keep +7 701 555 12 34');
    await owner.waitFor(/step 2\/2/);
    await owner.send(`${code.slice(0, 2)} ${code.slice(2)}`);
    const done = await owner.waitFor('✅ +7 701 555 12 34 is confirmed.');
    expect(buttonLabels(done)).toEqual(['☎️ Confirm another number']);

    const calls = confirmed(harness, '+77015551234');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.verifiedAt).not.toBeNull();
    const audit = await harness.app.deps.store.audit.list(accountId, { limit: 5, action: 'number.verify' });
    expect(audit.entries).toEqual([expect.objectContaining({ actorId: owner.id, target: '+77015551234', result: 'ok' })]);

    // A confirmed number is not called again.
    await owner.tap('☎️ Confirm another number');
    await owner.waitFor(/step 1\/2/);
    await owner.send('+77015551234');
    await owner.waitFor(/\+7 701 555 12 34 is confirmed already/);
    harness.tg.expectNoViolations();
  });

  it('calls again, not twice in a row; enforces the 10 minutes; survives a restart; and is cancelled at either step', async () => {
    harness = await startBotUnderTest(OPTIONS);
    const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    await linkKey(owner, KEY);
    await openWizard(harness, owner);
    await owner.send('87475550011');
    await owner.waitFor(/AutoCall is calling \+7 747 555 00 11/);
    await owner.tap('📞 Call again');
    await owner.waitFor(/The call went out a moment ago\. Wait for it, or tap “Call again” in \d+ s\./);
    expect(confirmed(harness, '+77475550011')).toHaveLength(1);

    harness.autocall.clock.advance(11 * MINUTE);
    const stale = String(confirmed(harness, '+77475550011')[0]?.code ?? '');
    expect(stale).toBe('');
    await owner.send('12345');
    await owner.waitFor(/The 10 minutes are over and AutoCall forgot the number\. Tap “Call again” for a new call\./);
    await owner.tap('📞 Call again');
    await owner.waitFor(/Minutes left to confirm: 10\./);

    await harness.restart();
    const code = String(confirmed(harness, '+77475550011')[0]?.code);
    await owner.send(code);
    await owner.waitFor('✅ +7 747 555 00 11 is confirmed.');

    await owner.tap('☎️ Confirm another number');
    await owner.waitFor(/step 1\/2/);
    await owner.tap('✖ Cancel');
    await owner.waitFor(/^Cancelled\.$/);
    await openWizard(harness, owner);
    await owner.send('87775550022');
    await owner.waitFor(/step 2\/2/);
    await owner.tap('✖ Cancel');
    await owner.waitFor(/^Cancelled\.$/);
    expect(confirmed(harness, '+77775550022')).toEqual([expect.objectContaining({ verifiedAt: null })]);
    harness.tg.expectNoViolations();
  });

  it('is for managers and owners: support is refused on the server', async () => {
    harness = await startBotUnderTest(OPTIONS);
    const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    const manager = harness.tg.user({ first_name: 'Marat', language_code: 'en' });
    const support = harness.tg.user({ first_name: 'Sveta', language_code: 'en' });
    await linkKey(owner, KEY);
    await joinTeam(owner, manager, 'manager');
    await joinTeam(owner, support, 'support');
    const accountId = (await harness.app.deps.store.members.listByUser(owner.id))[0]?.accountId ?? '';
    const answer = await support.pressCallback(links.verifyNumber(accountId));
    expect(answer).toMatchObject({ show_alert: true, text: 'Your role (support) cannot do this. It needs manager or higher.' });

    await manager.pressCallback(links.verifyNumber(accountId));
    await manager.waitFor(/Confirm a number · step 1\/2/);
    await manager.send('+7 777 555 00 22');
    await manager.waitFor(/step 2\/2\n\n📞 AutoCall is calling \+7 777 555 00 22/);
    expect(confirmed(harness, '+77775550022')).toEqual([expect.objectContaining({ verifiedAt: null })]);
    harness.tg.expectNoViolations();
  });
});
