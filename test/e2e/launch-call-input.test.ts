/**
 * `/call` with wrong answers: at every step the mistake is explained and the same step asked again, with everything
 * entered so far kept.
 */
import { describe, expect, it } from 'vitest';
import { buttonLabels } from '../support/journeys.js';
import { startLauncher, wizardStateBytes } from '../support/launch-steps.js';
import { stoppedAfterEach } from '../support/sessions.js';
import type { ChatMessage } from '../support/telegram/index.js';

const KEY = 'ak_live_launchinput_01234567';

const launch = stoppedAfterEach(startLauncher);

/** A prompt that shows a button labelled `label`. */
const withButton = (label: string) => (message: ChatMessage) => buttonLabels(message).includes(label);

describe('call campaign wizard, wrong answers', () => {
  it('explains a wrong answer at every step and asks the same step again, keeping everything', async () => {
    const session = await launch(KEY);
    const { owner, harness } = session;
    await owner.send('/call');
    await owner.waitFor(/step 1\/9/);
    await owner.send('regular, please');
    await owner.waitFor(/step 1\/9.*Here I expect: a button tap/s);
    await owner.tap('🔊 Regular: a recording');

    await owner.waitFor(/step 2\/9/);
    await owner.send('hello there');
    await owner.waitFor(/step 2\/9.*I found no phone numbers to add here/s);
    await owner.pressCallback('wz:next');
    await owner.waitFor(/step 2\/9.*Choose at least one list or send numbers/s);
    await owner.tap(/^VIP · 5$/);
    await owner.waitFor(withButton('✅ VIP · 5'));
    await owner.tap('Next ›');

    await owner.waitFor(/step 3\/9/);
    await owner.send('a'.repeat(401));
    await owner.waitFor(/step 3\/9.*401 characters long; a recording takes at most 400/s);
    await owner.tap(/Напоминание об оплате/);

    await owner.waitFor(/step 4\/9/);
    await owner.send('soon');
    await owner.waitFor(/step 4\/9.*I did not get the date/s);
    await owner.send('31.02');
    await owner.waitFor(/step 4\/9.*no such day in the calendar/s);
    await owner.send('01.01.2020');
    await owner.waitFor(/step 4\/9.*That day has passed/s);
    await owner.tap('Today');

    await owner.waitFor(/step 5\/9/);
    await owner.send('18-9');
    await owner.waitFor(/step 5\/9.*end must be later than the start/s);
    await owner.send('25:00-26:00');
    await owner.waitFor(/step 5\/9.*A time of day is 00:00 to 23:59/s);
    await owner.send('00:00-00:01');
    await owner.waitFor(/step 5\/9.*Today's hours are already over/s);
    await owner.send('00:00-24:00');

    await owner.waitFor(/step 6\/9/);
    await owner.send('3');
    await owner.waitFor(/step 6\/9.*Here I expect: a button tap/s);
    await owner.tap('3');
    await owner.waitFor(withButton('✓ 3'));
    await owner.tap('Next ›');

    await owner.waitFor(/step 7\/9/);
    await owner.send('record');
    await owner.waitFor(/step 7\/9.*Here I expect: a button tap/s);
    await owner.tap('✉️ SMS to those who did not: off');
    await owner.waitFor(/SMS to those who did not answer/);
    await owner.send('x'.repeat(1601));
    await owner.waitFor(/1,601 characters long; an SMS campaign takes at most 1,600/);
    await owner.send('Мы не дозвонились до вас');
    await owner.waitFor(/UCS-2 \(Unicode\): 1 SMS/);
    await owner.tap('✅ Use this text');
    await owner.waitFor(/SMS to those who did not: «Мы не дозвонились до вас»/);
    await owner.tap('Next ›');

    await owner.waitFor(/step 8\/9/);
    await owner.send('n'.repeat(41));
    await owner.waitFor(/step 8\/9.*41 characters long; at most 40/s);
    await owner.tap(/^Use «Call campaign \d\d\.\d\d»$/);

    const summary = await owner.waitFor(/step 9\/9/);
    await owner.send('launch');
    const again = await owner.waitFor(/step 9\/9.*Here I expect: a button tap/s);
    expect(again.text).toContain('Start: Today, calls 00:00–23:59');
    expect(again.text).toContain('Tries: 3, every 60 min');
    expect(again.text).toContain('SMS to those who did not: «Мы не дозвонились до вас»');
    expect(again.text).toContain(summary.text?.split('\n').find((line) => line.startsWith('Name:')) ?? 'Name:');
    expect(await wizardStateBytes(harness, owner, 'launch-call')).toBeGreaterThan(0);
    harness.tg.expectNoViolations();
  });

});
