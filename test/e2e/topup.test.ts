import { afterEach, describe, expect, it } from 'vitest';
import { links } from '../../src/bot/links.js';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { acceptInvite, buttonLabels, linkKey } from '../support/journeys.js';

const KEY = 'ak_live_topup_0123456789abcd';

let harness: BotUnderTest | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

/** The payment page: a URL button for https links, the link in the text otherwise (the sandbox serves plain http). */
function paymentUrl(message: { text?: string }): string | undefined {
  return /https?:\/\/\S+\/pay\/\S+/.exec(message.text ?? '')?.[0];
}

describe('top-up wizard', () => {
  it('asks for an amount, explains wrong ones, keeps the step, and gives a payment link', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY] });
    const owner = harness.tg.user({ first_name: 'Kairat', language_code: 'en' });
    await linkKey(owner, KEY);
    await owner.send('/topup');
    const step = await owner.waitFor(/Top-up.*step 1\/1/s);
    expect(buttonLabels(step)).toEqual(['₸1,000', '₸5,000', '₸10,000', '✖ Cancel']);
    await owner.send('150');
    await owner.waitFor(/The minimum is ₸200/);
    await owner.send('12,50');
    await owner.waitFor(/whole tenge/);
    await owner.send('3 000 ₸');
    const link = await owner.waitFor(/Pay ₸3,000 by VISA/);
    expect(paymentUrl(link)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pay\//);
    const audit = await harness.app.deps.store.audit.list((await harness.app.deps.store.members.listByUser(owner.id))[0]?.accountId ?? '', { limit: 10 });
    expect(audit.entries.some((entry) => entry.action === 'topup.link' && entry.target === '3000')).toBe(true);
    harness.tg.expectNoViolations();
  });

  it('takes a preset with one tap and can be cancelled', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY] });
    const owner = harness.tg.user({ first_name: 'Kairat', language_code: 'ru' });
    await linkKey(owner, KEY);
    await owner.send('/topup');
    await owner.waitFor(/шаг 1\/1/);
    await owner.tap('✖ Отмена');
    await owner.waitFor(/^Отменено\.$/);
    await owner.send('/topup');
    await owner.waitFor(/шаг 1\/1/);
    await owner.tap(/^5\s000/);
    const link = await owner.waitFor(/Оплатите 5\s000\s₸/);
    expect(paymentUrl(link)).toBeDefined();
    harness.tg.expectNoViolations();
  });

  it('opens from an alert button with the amount chosen, and refuses a viewer', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY] });
    const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    await linkKey(owner, KEY);
    const accountId = (await harness.app.deps.store.members.listByUser(owner.id))[0]?.accountId ?? '';
    await owner.pressCallback(links.topUpAmount(accountId, 5000));
    await owner.waitFor(/Pay ₸5,000/);

    await owner.send('/team');
    await owner.waitFor(/Team of the account/);
    await owner.tap(/Invite: viewer/);
    const invite = await owner.waitFor(/Invite with the role viewer/);
    const viewer = harness.tg.user({ first_name: 'Viewer', language_code: 'en' });
    await acceptInvite(viewer, /https:\/\/t\.me\/\S+/.exec(invite.text ?? '')?.[0] ?? '');
    await viewer.send('/topup');
    await viewer.waitFor(/Your role \(viewer\) cannot do this/);
    const answer = await viewer.pressCallback(links.topUp(accountId));
    expect(answer.text).toMatch(/cannot do this/);
    harness.tg.expectNoViolations();
  });
});
