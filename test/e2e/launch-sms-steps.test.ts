/**
 * `/sms` step by step: a wrong answer at every step is explained and the same step asked again; « Back from every
 * step shows what was chosen and keeps it; ✖ Cancel at every step ends the wizard and creates nothing.
 */
import { describe, expect, it } from 'vitest';
import { buttonLabels } from '../support/journeys.js';
import { cancelFromEveryStep, numbers, startLauncher, tapThrough } from '../support/launch-steps.js';
import { stoppedAfterEach } from '../support/sessions.js';
import type { ChatMessage, FakeUser } from '../support/telegram/index.js';

const KEY = 'ak_live_launchsmssteps_012345';

const launch = stoppedAfterEach(startLauncher);

const withButton = (label: string) => (message: ChatMessage) => buttonLabels(message).includes(label);

/** From step `from` to step `to` with simple answers, each awaited. */
async function walk(owner: FakeUser, from: number, to: number): Promise<void> {
  const moves: (() => Promise<unknown>)[][] = [
    [],
    [() => owner.send('Sale today'), () => owner.waitFor(/GSM-7/), () => owner.tap('✅ Use this text')],
    [() => owner.tap(/^VIP · 5$/), () => owner.waitFor(withButton('✅ VIP · 5')), () => owner.tap('Next ›')],
    [() => owner.tap('Next ›')],
    [() => owner.tap('Now')],
    [() => owner.tap(/^Use «/)],
  ];
  for (let step = from; step < to; step += 1) {
    for (const move of moves[step] ?? []) await move();
    await owner.waitFor(new RegExp(`step ${step + 1}/6`));
  }
}

describe('SMS campaign wizard, step by step', () => {
  it('explains a wrong answer at every step and asks the same step again, keeping everything', async () => {
    const session = await launch(KEY);
    const { owner, harness } = session;
    await owner.send('/sms');
    await owner.waitFor(/step 1\/6/);
    await owner.send('s'.repeat(1601));
    await owner.waitFor(/step 1\/6.*1,601 characters long; an SMS campaign takes at most 1,600/s);
    await owner.sendDocument({ fileName: 'text.txt', bytes: Buffer.from('Sale') });
    await owner.waitFor(/step 1\/6.*Here I expect: text/s);
    await owner.send('Sale today, {{ name }}');
    await owner.waitFor(/Not variables, sent as typed: \{\{ name \}\}/);
    await owner.tap('✅ Use this text');

    await owner.waitFor(/step 2\/6/);
    await owner.send('call me maybe');
    await owner.waitFor(/step 2\/6.*I found no phone numbers to add here/s);
    await owner.sendDocument({ fileName: 'scan.pdf', mimeType: 'application/pdf', bytes: Buffer.from('%PDF-1.7\n\u0000\u0001\u0002binary') });
    await owner.waitFor(/step 2\/6.*I read CSV, TXT and XLSX files/s);
    await owner.sendDocument({ fileName: 'many.csv', mimeType: 'text/csv', bytes: Buffer.from(`phone\n${numbers(5001).join('\n')}\n`) });
    await owner.waitFor(/step 2\/6.*more than 5,000 numbers sent here/s);
    await owner.send('+7 701 555 00 11\n+7 916 123 45 67');
    const added = await owner.waitFor(/Added: 1, repeats skipped: 0, not numbers: 1/);
    expect(added.text).toMatch(/line 2 «\+7 916 123 45 67»: a Russian number/);
    await owner.tap('Next ›');

    await owner.waitFor(/step 3\/6/);
    await owner.send('ok');
    await owner.waitFor(/step 3\/6.*Here I expect: a button tap/s);
    await owner.tap('Next ›');

    await owner.waitFor(/step 4\/6/);
    await owner.send('tomorrow');
    await owner.waitFor(/step 4\/6.*I did not get the time/s);
    await owner.send('31.04 10:00');
    await owner.waitFor(/step 4\/6.*no such day in the calendar/s);
    await owner.send('01.01.2020 10:00');
    await owner.waitFor(/step 4\/6.*That moment has passed/s);
    await owner.send('25.12');
    await owner.waitFor(/step 4\/6.*add a time to the date/s);
    await owner.tap('Now');

    await owner.waitFor(/step 5\/6/);
    await owner.send('n'.repeat(41));
    await owner.waitFor(/step 5\/6.*41 characters long; at most 40/s);
    await owner.send('Sale');

    await owner.waitFor(/step 6\/6/);
    await owner.send('launch');
    const again = await owner.waitFor(/step 6\/6.*Here I expect: a button tap/s);
    expect(again.text).toContain('Recipients: numbers sent here: 1');
    expect(again.text).toContain('Send: Now');
    expect(again.text).toContain('Name: «Sale»');
    harness.tg.expectNoViolations();
  });

  it('goes back from every step showing what was chosen, and keeps it all the way to the summary', async () => {
    const session = await launch(KEY);
    const { owner, harness } = session;
    await owner.send('/sms');
    await owner.waitFor(/step 1\/6/);
    await walk(owner, 1, 4);
    await owner.send('25.12 09:30');
    await owner.waitFor(/step 5\/6/);
    await owner.send('Back and forth');
    const summary = await owner.waitFor(/step 6\/6/);
    const expectations: [number, (labels: string[], text: string) => void][] = [
      [5, (labels) => expect(labels).toContain('✓ Keep «Back and forth»')],
      [4, (labels) => expect(labels.some((label) => /^✓ Dec 25, \d{4}, 09:30$/.test(label))).toBe(true)],
      [3, (_labels, text) => expect(text).toContain('Sale today')],
      [2, (labels) => expect(labels).toContain('✅ VIP · 5')],
      [1, (labels, text) => {
        expect(text).toContain('Sale today');
        expect(labels).toContain('✅ Use this text');
      }],
    ];
    for (const [step, check] of expectations) {
      await owner.tap('« Back');
      const shown = await owner.waitFor(new RegExp(`step ${step}/6`));
      check(buttonLabels(shown), shown.text ?? '');
    }
    await tapThrough(
      owner,
      [
        ['✅ Use this text', 2],
        ['Next ›', 3],
        ['Next ›', 4],
        [/^✓ Dec 25/, 5],
        ['✓ Keep «Back and forth»', 6],
      ],
      6,
    );
    expect(owner.lastMessage()?.text).toBe(summary.text);
    harness.tg.expectNoViolations();
  });

  it('ends at Cancel from every step, creating nothing', async () => {
    const session = await launch(KEY);
    const { harness, api } = session;
    const before = (await api.bulks.list()).total;
    await cancelFromEveryStep(session, { command: '/sms', id: 'launch-sms', of: 6, walk });
    expect((await api.bulks.list()).total).toBe(before);
    harness.tg.expectNoViolations();
  });
});
