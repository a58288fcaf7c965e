/**
 * `/call` step by step: « Back from every step shows what was chosen and keeps it; ✖ Cancel at every step (and
 * /cancel) ends the wizard and creates nothing; a viewer is refused.
 */
import { describe, expect, it, vi } from 'vitest';
import { links } from '../../src/bot/links.js';
import { buttonLabels, joinTeam } from '../support/journeys.js';
import { cancelFromEveryStep, startLauncher, tapThrough, wizardStateBytes } from '../support/launch-steps.js';
import { stoppedAfterEach } from '../support/sessions.js';
import type { ChatMessage, FakeUser, MessagePattern } from '../support/telegram/index.js';

const KEY = 'ak_live_launchsteps_012345678';

const launch = stoppedAfterEach(startLauncher);

/** A prompt that shows a button labelled `label`. */
const withButton = (label: string) => (message: ChatMessage) => buttonLabels(message).includes(label);

/** From step `from` to step `to` with the first offered choice of each step, each tap awaited. */
async function walk(owner: FakeUser, from: number, to: number): Promise<void> {
  const taps: [string | RegExp, MessagePattern][][] = [
    [],
    [['🔊 Regular: a recording', /step 2\/9/]],
    [
      [/^VIP · 5$/, withButton('✅ VIP · 5')],
      ['Next ›', /step 3\/9/],
    ],
    [[/Напоминание об оплате/, /step 4\/9/]],
    [['Tomorrow', /step 5\/9/]],
    [['09:00–18:00', /step 6\/9/]],
    [['Next ›', /step 7\/9/]],
    [['Next ›', /step 8\/9/]],
    [[/^Use «/, /step 9\/9/]],
  ];
  for (let step = from; step < to; step += 1) {
    for (const [label, until] of taps[step] ?? []) {
      await owner.tap(label);
      await owner.waitFor(until);
    }
  }
}

describe('call campaign wizard, step by step', () => {
  it('goes back from every step showing what was chosen, and keeps it all the way to the summary', async () => {
    const session = await launch(KEY);
    const { owner, harness } = session;
    await owner.send('/call');
    await owner.waitFor(/step 1\/9/);
    await walk(owner, 1, 6);
    await owner.tap('3');
    await owner.waitFor(withButton('✓ 3'));
    await owner.tap('Next ›');
    await owner.waitFor(/step 7\/9/);
    await owner.tap('🎙 Record: off');
    await owner.waitFor(withButton('🎙 Record: on'));
    await owner.tap('Next ›');
    await owner.waitFor(/step 8\/9/);
    await owner.send('Back and forth');
    const summary = await owner.waitFor(/step 9\/9/);

    const expectations: [number, (labels: string[], text: string) => void][] = [
      [8, (labels) => expect(labels).toContain('✓ Keep «Back and forth»')],
      [7, (labels) => expect(labels).toContain('🎙 Record: on')],
      [6, (labels) => expect(labels).toEqual(expect.arrayContaining(['✓ 3', '✓ 60 min']))],
      [5, (labels) => expect(labels).toContain('✓ 09:00–18:00')],
      [4, (labels) => expect(labels).toContain('✓ Tomorrow')],
      [3, (labels, text) => {
        expect(text).toMatch(/Now: 🟢 «Напоминание об оплате»/);
        expect(labels.some((label) => label.startsWith('✅ 🟢 Напоминание об оплате'))).toBe(true);
      }],
      [2, (labels, text) => {
        expect(text).toContain('Chosen: lists «VIP» (contacts: 5)');
        expect(labels).toContain('✅ VIP · 5');
      }],
      [1, (labels) => expect(labels).toContain('✓ 🔊 Regular: a recording')],
    ];
    for (const [step, check] of expectations) {
      await owner.tap('« Back');
      const shown = await owner.waitFor(new RegExp(`step ${step}/9`));
      check(buttonLabels(shown), shown.text ?? '');
    }
    await tapThrough(
      owner,
      [
        ['✓ 🔊 Regular: a recording', 2],
        ['Next ›', 3],
        ['Next ›', 4],
        ['✓ Tomorrow', 5],
        ['✓ 09:00–18:00', 6],
        ['Next ›', 7],
        ['Next ›', 8],
        ['✓ Keep «Back and forth»', 9],
      ],
      9,
    );
    const kept = owner.lastMessage();
    expect(kept?.text).toBe(summary.text);
    harness.tg.expectNoViolations();
  });

  it('ends at Cancel from every step and at /cancel, creating nothing', async () => {
    const session = await launch(KEY);
    const { owner, harness, api } = session;
    const before = (await api.autocalls.list()).total;
    await cancelFromEveryStep(session, { command: '/call', id: 'launch-call', of: 9, walk });
    await owner.send('/call');
    await owner.waitFor(/step 1\/9/);
    await walk(owner, 1, 5);
    await owner.send('/cancel');
    await owner.waitFor(/^Cancelled\.$/);
    await vi.waitFor(async () => expect(await wizardStateBytes(harness, owner, 'launch-call')).toBe(0));
    expect((await api.autocalls.list()).total).toBe(before);
    harness.tg.expectNoViolations();
  });

  it('refuses a viewer, by command and by button', async () => {
    const session = await launch(KEY);
    const { owner, harness, accountId } = session;
    const viewer = harness.tg.user({ first_name: 'Viewer', language_code: 'en' });
    await joinTeam(owner, viewer, 'viewer');
    await viewer.send('/call');
    await viewer.waitFor(/Your role \(viewer\) cannot do this/);
    const answer = await viewer.pressCallback(`nc:${accountId}`);
    expect(answer.text).toMatch(/cannot do this/);
    harness.tg.expectNoViolations();
  });

  it('opens from the main menu, and from the buttons of other features with their choice made', async () => {
    const session = await launch(KEY);
    const { owner, harness, api, accountId } = session;
    await owner.send('/menu');
    await owner.waitFor(/Main menu/);
    await owner.tap('📣 New call campaign');
    await owner.waitFor(/New call campaign · step 1\/9/);
    await owner.pressCallback(links.newSms(accountId));
    await owner.waitFor(/New SMS campaign · step 1\/6/);
    const sound = (await api.sounds.list()).data.find((s) => s.name === 'Акция выходного дня');
    await owner.pressCallback(links.callWithSound(accountId, sound?.id ?? 0));
    const first = await owner.waitFor(/New call campaign · step 1\/9/);
    expect(buttonLabels(first)).toContain('✓ 🔊 Regular: a recording');
    await owner.tap('✓ 🔊 Regular: a recording');
    await owner.waitFor(/step 2\/9/);
    await walk(owner, 2, 3);
    const third = owner.lastMessage();
    expect(third?.text).toMatch(/Now: 🟢 «Акция выходного дня»/);
    expect(buttonLabels(third ?? first)).toContain('Next ›');
    expect((await owner.pressCallback(links.callWithSound(accountId, 'x'))).text).toMatch(/outdated/);
    harness.tg.expectNoViolations();
  });
});
