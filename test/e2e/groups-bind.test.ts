/**
 * A team's group chat: an owner binds it to the account, members act there with their own roles (support sends
 * flash calls, threaded to the request and in its forum topic; a viewer and people with no role are refused), the
 * short flash conversation works by reply under privacy mode, a group bound to someone else's account is never
 * taken over, and what is private goes to the private chat.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { links } from '../../src/bot/links.js';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { buttonLabels, joinTeam, linkKey } from '../support/journeys.js';

const KEY = 'ak_live_groups_bind_0123456789';
const OTHER_KEY = 'ak_live_groups_other_0123456789';
/** Journeys tap faster than people: neither the bot's flood limit nor Telegram's may drop or delay a step. */
const FAST = { env: { FLOOD_LIMIT: '1000' }, telegram: { rateLimits: { privateChatBurst: 1000 } } } as const;

let harness: BotUnderTest | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

describe('group chats bound to an account', () => {
  it('binds by an owner; support sends flash calls threaded in a topic; viewers and strangers are refused; unbinds', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY], ...FAST });
    const bot = harness.tg.botInfo.username;
    const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    const support = harness.tg.user({ first_name: 'Sveta', language_code: 'en' });
    const viewer = harness.tg.user({ first_name: 'Vera', language_code: 'en' });
    const stranger = harness.tg.user({ first_name: 'Stan', language_code: 'en' });
    await linkKey(owner, KEY);
    await joinTeam(owner, support, 'support');
    await joinTeam(owner, viewer, 'viewer');
    const group = harness.tg.group({ title: 'Support desk', forum: true });
    for (const user of [owner, support, viewer, stranger]) group.add(user, 'member');
    const otp = group.createTopic('OTP');
    const desk = support.in(group, { topic: otp });

    await desk.send(`/flash@${bot} 87011234567`);
    await desk.waitFor(/This group is not bound to an AutoCall account\. The account owner can bind it: \/bind/);
    await stranger.in(group).send(`/bind@${bot}`);
    await stranger.in(group).waitFor(/Only an account owner can bind a group/);
    await owner.in(group).send(`/bind@${bot}`);
    const bound = await owner.in(group).waitFor(/This group now works with the account/);
    expect(bound.reply_to_message_id).toBeDefined();

    const request = await desk.send(`/flash@${bot} 8 701 123 45 67`);
    const sent = await desk.waitFor(/Flash call sent to \+7 701 123 45 67/);
    expect(sent).toMatchObject({ reply_to_message_id: request.message_id, message_thread_id: otp.message_thread_id });
    expect(sent.text).toContain('Sent by Sveta (support)');

    // Privacy mode: the number reaches the bot only as a reply to its question.
    await desk.send(`/flash@${bot}`);
    const ask = await desk.waitFor(/Which number should get the flash call\?/);
    expect(ask.reply_markup).toMatchObject({ force_reply: true, selective: true });
    await desk.send('87475556677', { replyTo: ask.message_id });
    await desk.waitFor(/Flash call sent to \+7 747 555 66 77/);
    await desk.tap('🔁 Send again');
    await desk.waitFor(/Flash call sent to \+7 747 555 66 77.*\n.*\n.*\n.*Calls left to this number: 1 of 3/s);

    await viewer.in(group).send(`/flash@${bot} 87011234567`);
    await viewer.in(group).waitFor('Your role (viewer) cannot do this. It needs support or higher.');
    await stranger.in(group).send(`/flash@${bot} 87011234567`);
    await stranger.in(group).waitFor('You have no role in this account. Ask the owner for an invite.');
    expect((harness.autocall.state(KEY)?.['flashCalls'] as unknown[]).length).toBe(3);

    await support.in(group).send(`/unbind@${bot}`);
    await support.in(group).waitFor(/Your role \(support\) cannot do this/);
    await owner.in(group).send(`/unbind@${bot}`);
    await owner.in(group).waitFor(/no longer works with the account/);
    await desk.send(`/flash@${bot} 87011234567`);
    await desk.waitFor(/This group is not bound/);

    const accountId = (await harness.app.deps.store.members.listByUser(owner.id))[0]?.accountId ?? '';
    const audit = await harness.app.deps.store.audit.list(accountId, { limit: 20 });
    expect(audit.entries.filter((entry) => entry.action.startsWith('group.')).map(({ action, actorId, target }) => ({ action, actorId, target }))).toEqual([
      { action: 'group.unbind', actorId: owner.id, target: `Support desk (${group.id})` },
      { action: 'group.bind', actorId: owner.id, target: `Support desk (${group.id})` },
    ]);
    harness.tg.expectNoViolations();
  });

  it('never takes over a group bound to someone else\'s account, and sends private matters to the private chat', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY, OTHER_KEY], ...FAST });
    const bot = harness.tg.botInfo.username;
    const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    const rival = harness.tg.user({ first_name: 'Rival', language_code: 'en' });
    await linkKey(owner, KEY);
    await linkKey(rival, OTHER_KEY);
    const group = harness.tg.group({ title: 'Ops' });
    group.add(owner, 'member').add(rival, 'member');
    const accountId = (await harness.app.deps.store.members.listByUser(owner.id))[0]?.accountId ?? '';

    await owner.in(group).send(`/bind@${bot}`);
    await owner.in(group).waitFor(/This group now works with the account/);
    await rival.in(group).send(`/bind@${bot}`);
    await rival.in(group).waitFor(/bound to an account you do not own/);
    expect((await harness.app.deps.store.groups.get(group.id))?.accountId).toBe(accountId);

    await owner.in(group).send(`/audit@${bot}`);
    const redirect = await owner.in(group).waitFor(/This is done in a private chat with me/);
    expect(JSON.stringify(redirect.reply_markup)).toContain(`https://t.me/${bot}`);
    const tap = await owner.in(group).pressCallback(links.verifyNumber(accountId));
    expect(tap.text ?? '').toBe('');
    await owner.in(group).waitFor(/This is done in a private chat with me/);
    expect(buttonLabels(redirect)).toEqual(['Open a private chat with the bot']);
    // A wizard that asks for an API key never runs in a group either.
    await owner.in(group).send(`/link@${bot}`);
    await owner.in(group).waitFor(/I take keys only in a private chat/);
    harness.tg.expectNoViolations();
  });
});
