/**
 * `/flash` in a private chat: a support member sends flash calls with automatic codes and their own, what is
 * missing is asked for by reply, the result's buttons send again once per tap, the bot stops the fourth call to a
 * number within 5 minutes and says how long to wait, the owner sets the code length, and `/flash history` lists it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { buttonLabels, joinTeam, linkKey } from '../support/journeys.js';
import type { ChatMessage } from '../support/telegram/index.js';

const KEY = 'ak_live_flash_private_0123456789';
/** Journeys tap faster than people: neither the bot's flood limit nor Telegram's may drop or delay a step. */
const FAST = { env: { FLOOD_LIMIT: '1000' }, telegram: { rateLimits: { privateChatBurst: 1000 } } } as const;

let harness: BotUnderTest | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

interface FlashRecord {
  number: string;
  code: string;
}

function flashCalls(bot: BotUnderTest): FlashRecord[] {
  return (bot.autocall.state(KEY)?.['flashCalls'] ?? []) as FlashRecord[];
}

/** The code in the result's monospace block. */
function codeOf(message: ChatMessage): string {
  const entity = message.entities?.find((e) => e.type === 'pre');
  return entity ? (message.text ?? '').slice(entity.offset, entity.offset + entity.length) : '';
}

async function start() {
  harness = await startBotUnderTest({ liveKeys: [KEY], ...FAST });
  const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
  const support = harness.tg.user({ first_name: 'Sveta', language_code: 'en' });
  await linkKey(owner, KEY);
  await joinTeam(owner, support, 'support');
  return { harness, owner, support };
}

describe('/flash in a private chat', () => {
  it('sends with an automatic code, sends again once on a double tap, and refuses the fourth call with the wait', async () => {
    const { harness, support } = await start();
    await support.send('/flash 8 (701) 123-45-67');
    const sent = await support.waitFor(/Flash call sent to \+7 701 123 45 67/);
    expect(codeOf(sent)).toMatch(/^\d{4}$/);
    expect(sent.text).toContain('Sent by Sveta (support). Calls left to this number: 2 of 3 in 5 minutes.');
    expect(buttonLabels(sent)).toEqual(['🔁 Send again', '✏️ Send with my own code']);
    expect(flashCalls(harness)).toEqual([expect.objectContaining({ number: '+77011234567', code: codeOf(sent) })]);

    // Two taps on the same button before the first one is answered: one call.
    const answers = await Promise.all([support.tap('🔁 Send again'), support.tap('🔁 Send again')]);
    expect(answers.map((answer) => answer.text ?? '')).toContain('This flash call has already been sent.');
    const again = await support.waitFor(/Calls left to this number: 1 of 3/);
    expect(codeOf(again)).toMatch(/^\d{4}$/);
    expect(flashCalls(harness)).toHaveLength(2);
    // The tapped message's buttons are used up.
    expect(buttonLabels(support.messages().find((m) => m.message_id === sent.message_id) ?? sent)).toEqual([]);

    await support.send('/flash +77011234567');
    await support.waitFor(/Calls left to this number: 0 of 3/);
    await support.send('/flash 7011234567');
    const refused = await support.waitFor(/has had 3 flash calls in the last 5 minutes/);
    expect(refused.text).toMatch(/Try again in [45] min/);
    expect(flashCalls(harness)).toHaveLength(3);

    // Another number is not affected.
    await support.send('/flash 87471112233');
    await support.waitFor(/Flash call sent to \+7 747 111 22 33/);
    harness.tg.expectNoViolations();
  });

  it('asks by reply for a missing number and a wrong code, and offers an automatic code when AutoCall has no number for one', async () => {
    const { harness, support } = await start();
    await support.send('/flash');
    const ask = await support.waitFor(/Which number should get the flash call\?/);
    expect(ask.reply_markup).toMatchObject({ force_reply: true, selective: true });
    await support.send('12345', { replyTo: ask.message_id });
    await support.waitFor(/has 5 digits in all/);
    await support.send('+7 916 123 45 67');
    await support.waitFor(/This is a Russian number/);
    await support.send('8 706 555 44 33');
    await support.waitFor(/Flash call sent to \+7 706 555 44 33/);

    await support.send('/flash 87015554433 code 12');
    await support.waitFor(/“12” is not a code: 3 to 6 digits\.\n\nWhich code should \+7 701 555 44 33 see\?/);
    await support.send('4821');
    const own = await support.waitFor(/Flash call sent to \+7 701 555 44 33/);
    expect(codeOf(own)).toBe('4821');

    // The sandbox has no pool number ending in a 5-digit code that starts with 0: AutoCall answers 422.
    await support.tap('✏️ Send with my own code');
    await support.waitFor(/Which code should \+7 701 555 44 33 see\?/);
    await support.send('01234');
    const unavailable = await support.waitFor(/AutoCall has no number ending in 01234/);
    expect(buttonLabels(unavailable)).toEqual(['🎲 Send with an automatic code']);
    await support.tap('🎲 Send with an automatic code');
    const auto = await support.waitFor(/Flash call sent to \+7 701 555 44 33/);
    expect(codeOf(auto)).toMatch(/^\d{5}$/);

    await support.send('/flash 87015554433 9');
    await support.waitFor(/“9” is not a code length: send a number from 3 to 6\./);
    await support.send('/cancel');
    await support.waitFor(/^Cancelled\.$/);
    expect(flashCalls(harness).map((call) => call.number)).toEqual(['+77065554433', '+77015554433', '+77015554433']);
    harness.tg.expectNoViolations();
  });

  it('takes the owner\'s code length, and lists the last flash calls for support', async () => {
    const { harness, owner, support } = await start();
    await support.send('/flash settings');
    await support.waitFor(/Your role \(support\) cannot do this/);
    await owner.send('/flash settings');
    const settings = await owner.waitFor(/Automatic codes have 4 digits/);
    expect(buttonLabels(settings)).toEqual(['3', '✅ 4', '5', '6']);
    await owner.tap('6');
    await owner.waitFor(/Automatic codes have 6 digits/);

    await support.send('/flash 87011234567');
    const six = await support.waitFor(/Flash call sent/);
    expect(codeOf(six)).toMatch(/^\d{6}$/);
    await support.send('/flash 87011234567 3');
    const three = await support.waitFor(/Flash call sent/);
    expect(codeOf(three)).toMatch(/^\d{3}$/);

    await support.send('/flash history');
    const history = await support.waitFor(/Last flash calls: 2/);
    const lines = (history.text ?? '').split('\n').slice(1);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(`+7 701 123 45 67 · ${codeOf(three)} · Sveta`);
    expect(lines[1]).toContain(`${codeOf(six)} · Sveta`);
    harness.tg.expectNoViolations();
  });
});
