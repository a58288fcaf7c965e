/** In groups the bot answers only what is addressed to it, and never takes secrets there. */
import { afterEach, describe, expect, it } from 'vitest';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';

let harness: BotUnderTest | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

describe('group chats', () => {
  it('answers commands addressed to it, ignores others, and sends key linking to private chat', async () => {
    harness = await startBotUnderTest();
    const alice = harness.tg.user({ first_name: 'Alice', language_code: 'en' });
    const group = harness.tg.group({ title: 'Ops' });
    group.add(alice, 'member');
    const inGroup = alice.in(group);
    const bot = harness.tg.botInfo.username;

    await inGroup.send('hello everyone');
    await inGroup.send('/help@some_other_bot');
    await inGroup.send(`/help@${bot}`);
    const help = await inGroup.waitFor(/What I can do/);
    // Threaded to the request, and nothing was said to the two messages before it.
    expect(help.reply_to_message_id).toBeDefined();
    expect(group.messages().filter((message) => message.from_bot)).toHaveLength(1);

    await inGroup.send(`/link@${bot}`);
    const redirect = await inGroup.waitFor(/only in a private chat/);
    expect(JSON.stringify(redirect.reply_markup)).toContain(`https://t.me/${bot}?start=link`);

    await inGroup.send(`/team@${bot}`);
    await inGroup.waitFor(/Link an AutoCall account first/);
    harness.tg.expectNoViolations();
  });
});
