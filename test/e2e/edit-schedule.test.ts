/**
 * Rescheduling a call campaign that has not started: from the campaign card, every step explains a wrong answer
 * and asks again, Back from every step keeps what was chosen, Cancel at any step changes nothing, a restart between
 * steps loses nothing, Save sends only what changed (checked in AutoCall), once on a double tap, and is audited. A
 * campaign that started is refused on the tap, or at Save with AutoCall's reason when it started meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { links } from '../../src/bot/links.js';
import { addDays, kzNow } from '../../src/domain/campaign/index.js';
import { formatCalendarDate } from '../../src/domain/format/index.js';
import { buttonLabels, joinTeam } from '../support/journeys.js';
import { callCampaign, startAtNoon } from '../support/reschedule.js';
import { stoppedAfterEach } from '../support/sessions.js';

const KEY = 'ak_live_edit_schedule_0123456789';
const MINUTE = 60_000;

const start = stoppedAfterEach(() => startAtNoon(KEY));

describe('editing the schedule of a call campaign', () => {
  it('walks the steps from the card, explains every wrong answer, survives a restart and saves only the changes', async () => {
    const { harness, api, owner, accountId, today } = await start();
    const id = await callCampaign(api, 'Spring promo', { date_from: addDays(today, 1), time_from: '09:00:00', time_to: '18:00:00' });

    await owner.send('/campaigns');
    await owner.waitFor(/Call campaigns/);
    await owner.tap(/Spring promo/);
    await owner.waitFor(/Status: /);
    await owner.tap('✏️ Edit schedule');
    const name = await owner.waitFor(/Call campaign schedule · step 1\/5/);
    expect(buttonLabels(name)).toEqual(['Keep: Spring promo', '✖ Cancel']);
    await owner.send('x'.repeat(41));
    await owner.waitFor(/⚠️ The name must be 1 to 40 characters long\./);
    await owner.send('Spring promo 2');

    const date = await owner.waitFor(/step 2\/5/);
    expect(buttonLabels(date)).toEqual(['Today', 'Tomorrow', expect.stringMatching(/^Keep: /), '« Back', '✖ Cancel']);
    await owner.send('31.02');
    await owner.waitFor(/There is no such day as “31\.02”/);
    await owner.send('1.1.2020');
    await owner.waitFor(/“1\.1\.2020” has passed/);
    await owner.send(addDays(today, 3));

    await owner.waitFor(/step 3\/5[\s\S]*The account allows 00:00–23:59\./);
    await owner.send('9-25');
    await owner.waitFor(/“9-25” has a time that does not exist on a clock/);
    await owner.send('18:00 - 9:00');
    await owner.waitFor(/the end is not after the start/);
    await owner.send('10:00-20:00');
    await owner.waitFor(/step 4\/5/);

    await harness.restart();
    await owner.send('60');
    await owner.waitFor(/⚠️ Here I expect: a button tap\./);
    await owner.tap('60 min');
    const review = await owner.waitFor(/step 5\/5/);
    expect(review.text).toContain('Name: Spring promo → Spring promo 2');
    expect(review.text).toContain('Calling hours: 09:00–18:00 → 10:00–20:00');
    expect(review.text).toContain('Retry interval: 30 min → 60 min');
    await owner.tap('« Back');
    const interval = await owner.waitFor(/step 4\/5/);
    expect(buttonLabels(interval)).toEqual(['15 min', '30 min', '✅ 60 min', '120 min', '« Back', '✖ Cancel']);
    await owner.tap('✅ 60 min');
    await owner.waitFor(/step 5\/5/);
    await owner.tap('💾 Save');
    const saved = await owner.waitFor(/The schedule of “Spring promo 2” is saved/);
    expect(buttonLabels(saved)).toEqual(['Open the campaign']);

    const stored = await api.autocalls.get(id);
    expect(stored).toMatchObject({ name: 'Spring promo 2', date_from: addDays(today, 3), time_from: '10:00:00', time_to: '20:00:00', tries_interval: 60 });
    const audit = await harness.app.deps.store.audit.list(accountId, { limit: 5, action: 'campaign.reschedule' });
    expect(audit.entries[0]).toMatchObject({
      actorId: owner.id,
      target: `#${id} Spring promo 2`,
      detail: `name=Spring promo 2, date_from=${addDays(today, 3)}, time_from=10:00:00, time_to=20:00:00, tries_interval=60`,
    });
    harness.tg.expectNoViolations();
  });

  it('refuses hours already over today, a running campaign on the tap, one that started meanwhile at Save, and viewers', async () => {
    const { harness, api, owner, accountId } = await start();
    const waiting = await callCampaign(api, 'Today', { date_from: kzNow(harness.autocall.clock.now()).date, time_from: '00:00:00', time_to: '23:59:59' }, 90);
    const viewer = harness.tg.user({ first_name: 'Vera', language_code: 'en' });
    await joinTeam(owner, viewer, 'viewer');
    const forged = await viewer.pressCallback(links.editCallSchedule(accountId, waiting));
    expect(forged.text).toBe('Your role (viewer) cannot do this. It needs manager or higher.');

    await owner.pressCallback(links.editCallSchedule(accountId, waiting));
    await owner.waitFor(/step 1\/5/);
    await owner.tap('Keep: Today');
    await owner.waitFor(/step 2\/5/);
    await owner.tap(/^Keep: /);
    await owner.waitFor(/step 3\/5/);
    await owner.send('8-11');
    await owner.waitFor(/Today's hours are over \(it is 12:\d\d now\)/);
    await owner.send('8-23');
    await owner.waitFor(/step 4\/5/);
    await owner.tap('120 min');
    await owner.waitFor(/step 5\/5/);
    // Moderation passes and the calls start while the review is on screen.
    harness.autocall.clock.advance(3 * MINUTE);
    expect((await api.autocalls.get(waiting)).status).toBe('running');
    await owner.tap('💾 Save');
    await owner.waitFor(/“Today” can no longer be rescheduled: Редактировать можно только обзвоны в статусах awaiting и moderation\./);
    expect((await api.autocalls.get(waiting)).tries_interval).toBe(30);

    const refused = await owner.pressCallback(links.editCallSchedule(accountId, waiting));
    expect(refused).toMatchObject({ show_alert: true, text: '“Today” is running: only a campaign that has not started can be rescheduled.' });
    harness.tg.expectNoViolations();
  });

  it('goes Back from every step with the answers kept, changes nothing when cancelled at any step, and saves once on a double tap', async () => {
    const { harness, api, owner, accountId, today } = await start();
    const id = await callCampaign(api, 'Autumn', { date_from: addDays(today, 1), time_from: '09:00:00', time_to: '18:00:00' });
    const open = async () => {
      await owner.pressCallback(links.editCallSchedule(accountId, id));
      await owner.waitFor(/Call campaign schedule · step 1\/5/);
    };
    await open();
    await owner.send('Autumn sale');
    await owner.waitFor(/step 2\/5/);
    await owner.tap('Tomorrow');
    await owner.waitFor(/step 3\/5/);
    await owner.tap('10:00–20:00');
    await owner.waitFor(/step 4\/5/);
    await owner.tap('15 min');
    await owner.waitFor(/step 5\/5/);
    await owner.tap('« Back');
    expect(buttonLabels(await owner.waitFor(/step 4\/5/))).toContain('✅ 15 min');
    await owner.tap('« Back');
    expect(buttonLabels(await owner.waitFor(/step 3\/5/))).toContain('Keep: 10:00–20:00');
    await owner.tap('« Back');
    expect(buttonLabels(await owner.waitFor(/step 2\/5/))).toContain(`Keep: ${formatCalendarDate(addDays(today, 1), 'en')}`);
    await owner.tap('« Back');
    expect(buttonLabels(await owner.waitFor(/step 1\/5/))).toEqual(['Keep: Autumn sale', '✖ Cancel']);
    await owner.tap('✖ Cancel');
    await owner.waitFor(/^Cancelled\.$/);

    for (let step = 2; step <= 5; step += 1) {
      await open();
      for (let k = 1; k < step; k += 1) {
        await owner.tap(k === 4 ? '120 min' : /^Keep: /);
        await owner.waitFor(new RegExp(`step ${k + 1}/5`));
      }
      await owner.tap('✖ Cancel');
      await owner.waitFor(/^Cancelled\.$/);
    }
    expect(await api.autocalls.get(id)).toMatchObject({ name: 'Autumn', time_from: '09:00:00', tries_interval: 30 });

    await open();
    await owner.send('Autumn sale');
    for (const step of [2, 3, 4]) {
      await owner.waitFor(new RegExp(`step ${step}/5`));
      await owner.tap(step === 4 ? '60 min' : /^Keep: /);
    }
    await owner.waitFor(/step 5\/5/);
    const taps = await Promise.all([owner.tap('💾 Save'), owner.tap('💾 Save')]);
    expect(taps.map((answer) => answer.text ?? '')).toContain('This button is outdated. Open the section again.');
    await owner.waitFor(/The schedule of “Autumn sale” is saved/);
    expect(await api.autocalls.get(id)).toMatchObject({ name: 'Autumn sale', tries_interval: 60 });
    const audit = await harness.app.deps.store.audit.list(accountId, { limit: 5, action: 'campaign.reschedule' });
    expect(audit.entries).toHaveLength(1);
    harness.tg.expectNoViolations();
  });
});
