/**
 * Rescheduling an SMS campaign that has not started: its send time instead of calling hours, a time already past
 * today refused, Back keeps the steps before, Save sends only what changed, and Cancel changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { links } from '../../src/bot/links.js';
import { addDays } from '../../src/domain/campaign/index.js';
import { buttonLabels } from '../support/journeys.js';
import { startAtNoon } from '../support/reschedule.js';
import { stoppedAfterEach } from '../support/sessions.js';

const KEY = 'ak_live_edit_schedule_sms_0123456789';

const start = stoppedAfterEach(() => startAtNoon(KEY));

describe('editing the schedule of an SMS campaign', () => {
  it('changes the send time, refuses a time already past today, and can be cancelled', async () => {
    const { harness, api, owner, accountId, today } = await start();
    const { id } = await api.bulks.create({ name: 'Newsletter', text: 'Sale -20% today only', list_id: [{ number: '+77057003000' }], date_from: addDays(today, 2), time_from: '11:00:00' });

    await owner.pressCallback(links.editSmsSchedule(accountId, id));
    await owner.waitFor(/SMS campaign schedule · step 1\/4/);
    await owner.tap('Keep: Newsletter');
    await owner.waitFor(/step 2\/4/);
    await owner.tap('Today');
    const time = await owner.waitFor(/step 3\/4/);
    expect(buttonLabels(time)).toEqual(['Keep: 11:00', '« Back', '✖ Cancel']);
    await owner.send('half past ten');
    await owner.waitFor(/“half past ten” is not a time/);
    await owner.send('10:30');
    await owner.waitFor(/It is 12:\d\d already: choose a later time or another day\./);
    await owner.tap('« Back');
    await owner.waitFor(/step 2\/4/);
    await owner.tap('Tomorrow');
    await owner.waitFor(/step 3\/4/);
    await owner.send('10.30');
    const review = await owner.waitFor(/step 4\/4/);
    expect(review.text).toMatch(/Start date: .+ → .+\nSend time: 11:00 → 10:30/);
    await owner.tap('💾 Save');
    await owner.waitFor(/The schedule of “Newsletter” is saved/);
    expect(await api.bulks.get(id)).toMatchObject({ name: 'Newsletter', date_from: addDays(today, 1), time_from: '10:30:00' });

    await owner.pressCallback(links.editSmsSchedule(accountId, id));
    await owner.waitFor(/step 1\/4/);
    await owner.send('Renamed');
    await owner.waitFor(/step 2\/4/);
    await owner.tap('✖ Cancel');
    await owner.waitFor(/^Cancelled\.$/);
    expect((await api.bulks.get(id)).name).toBe('Newsletter');
    harness.tg.expectNoViolations();
  });
});
