/**
 * A long session stays small: walking back and forth between two steps 60 times, or sending 60 messages of
 * numbers, keeps the stored conversation state under 32 KB (the kit rewinds the replay log at each step boundary
 * and keeps the answers in a step record), and the wizard still ends with exactly the choices made.
 */
import { describe, expect, it } from 'vitest';
import { callScheduleToSummary, callWithAudio, numbers, smsRecipientsToSummary, smsWithRecipients, startLauncher, wizardStateBytes } from '../support/launch-steps.js';
import { stoppedAfterEach } from '../support/sessions.js';

const KEY = 'ak_live_launchstatesize_0123';
const LIMIT = 32 * 1024;

const launch = stoppedAfterEach(startLauncher);

describe('wizard state size', () => {
  it('stays under 32 KB through 60 taps of Back and forward in the SMS wizard, which then launches as chosen', async () => {
    const session = await launch(KEY);
    const { owner, harness, api } = session;
    await smsWithRecipients(owner, 'Sale today only!', /^VIP · 5$/);
    let largest = 0;
    for (let tap = 0; tap < 30; tap += 1) {
      await owner.tap('« Back');
      await owner.waitFor(/step 1\/6/);
      await owner.tap('✅ Use this text');
      await owner.waitFor(/step 2\/6.*Chosen: lists «VIP»/s);
      largest = Math.max(largest, await wizardStateBytes(harness, owner, 'launch-sms'));
    }
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThan(LIMIT);
    await smsRecipientsToSummary(owner, 'Sixty taps');
    await owner.waitFor(/step 6\/6.*At most: ₸80/s);
    expect(await wizardStateBytes(harness, owner, 'launch-sms')).toBeLessThan(LIMIT);
    await owner.tap('🚀 Launch');
    await owner.waitFor(/SMS campaign «Sixty taps» \(#\d+\) is created/);
    const created = (await api.bulks.list()).data.filter((b) => b.name === 'Sixty taps');
    expect(created).toHaveLength(1);
    expect(await api.bulks.get(created[0]?.id ?? 0)).toMatchObject({ text: 'Sale today only!', recipients: 5 });
    expect(await wizardStateBytes(harness, owner, 'launch-sms')).toBe(0);
    harness.tg.expectNoViolations();
  });

  it('stays under 32 KB through 60 taps of Back and forward in the call wizard, which then launches as chosen', async () => {
    const session = await launch(KEY);
    const { owner, harness, api } = session;
    await callWithAudio(owner, /^VIP · 5$/, /Напоминание об оплате/);
    let largest = 0;
    for (let tap = 0; tap < 30; tap += 1) {
      await owner.tap('« Back');
      await owner.waitFor(/step 3\/9/);
      await owner.tap(/Напоминание об оплате/);
      await owner.waitFor(/step 4\/9/);
      largest = Math.max(largest, await wizardStateBytes(harness, owner, 'launch-call'));
    }
    expect(largest).toBeLessThan(LIMIT);
    await callScheduleToSummary(owner, 'Sixty calls');
    await owner.waitFor(/step 9\/9.*At most/s);
    await owner.tap('🚀 Launch');
    await owner.waitFor(/Call campaign «Sixty calls» \(#\d+\) is created/);
    const sound = (await api.sounds.list()).data.find((s) => s.name === 'Напоминание об оплате');
    const created = (await api.autocalls.list()).data.filter((a) => a.name === 'Sixty calls');
    expect(created).toHaveLength(1);
    expect(await api.autocalls.get(created[0]?.id ?? 0)).toMatchObject({ type: 'regular', audio_id: [sound?.id], time_from: '09:00:00', time_to: '18:00:00', calls_count: 5 });
    harness.tg.expectNoViolations();
  });

  it('stays under 32 KB through 60 pasted messages in the list wizard, which then creates the list with all of them', async () => {
    const session = await launch(KEY);
    const { owner, harness, api } = session;
    const stateBytes = async () => {
      const stored = await harness.app.deps.store.adapter<{ state?: Record<string, unknown[]> }>('conversations').read(`${owner.id}:${owner.id}`);
      return Buffer.byteLength(JSON.stringify(stored?.state?.['new-list'] ?? []));
    };
    await owner.send('/newlist');
    await owner.waitFor(/step 1\/3/);
    await owner.send('Sixty messages');
    await owner.waitFor(/step 2\/3/);
    let largest = 0;
    for (const [index, number] of numbers(60, 4_000_000).entries()) {
      await owner.send(`${number} client ${String(index + 1)}`);
      await owner.waitFor(new RegExp(`In total: ✅ ${String(index + 1)} number`));
      largest = Math.max(largest, await stateBytes());
    }
    expect(largest).toBeLessThan(LIMIT);
    await owner.tap('✅ Done');
    await owner.waitFor(/step 3\/3.*Numbers to upload: 60/s);
    await owner.tap(/Create the list \(60\)/);
    await owner.waitFor(/The list Sixty messages is created/);
    const list = (await api.lists.list()).data.find((l) => l.name === 'Sixty messages');
    expect(list?.contacts_count).toBe(60);
    harness.tg.expectNoViolations();
  });
});
