/**
 * Rescheduling a campaign that has not started: from the campaign card, every step explains a wrong answer and
 * asks again, Back keeps what was chosen, a restart between steps loses nothing, Save sends only what changed
 * (checked in AutoCall) and is audited. An SMS campaign has its send time instead of hours. A campaign that
 * started is refused on the tap, or at Save with AutoCall's reason when it started meanwhile; viewers get nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAutocallClient, type AutocallApi, type AutocallClient } from '../../src/api/index.js';
import { links } from '../../src/bot/links.js';
import { addDays, kzNow } from '../../src/domain/campaign/index.js';
import { type BotUnderTest, type BotUnderTestOptions, startBotUnderTest } from '../support/bot-under-test.js';
import { buttonLabels, joinTeam, linkKey } from '../support/journeys.js';
import type { FakeUser } from '../support/telegram/index.js';

const KEY = 'ak_live_edit_schedule_0123456789';
/** The bot reads AutoCall's clock ("today" is the same for both); taps are not flood-limited. */
const OPTIONS: BotUnderTestOptions = { liveKeys: [KEY], clock: 'sandbox', env: { FLOOD_LIMIT: '1000' }, telegram: { rateLimits: { privateChatBurst: 1000 } } };
const MINUTE = 60_000;

let harness: BotUnderTest | undefined;
let client: AutocallClient | undefined;
afterEach(async () => {
  await client?.close();
  await harness?.stop();
  client = undefined;
  harness = undefined;
});

interface Setup {
  harness: BotUnderTest;
  api: AutocallApi;
  owner: FakeUser;
  accountId: string;
  /** Kazakhstan's date on AutoCall's clock, moved to noon so that "earlier today" exists. */
  today: string;
}

async function start(): Promise<Setup> {
  harness = await startBotUnderTest(OPTIONS);
  const now = harness.autocall.clock.now();
  const noon = new Date(`${addDays(kzNow(now).date, 1)}T12:00:00+05:00`);
  harness.autocall.clock.advance(noon.getTime() - now.getTime());
  client = createAutocallClient({ apiUrl: harness.autocall.apiUrl, publicApiUrl: harness.autocall.publicApiUrl });
  const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
  await linkKey(owner, KEY);
  const accountId = (await harness.app.deps.store.members.listByUser(owner.id))[0]?.accountId ?? '';
  return { harness, api: client.forKey(KEY), owner, accountId, today: kzNow(harness.autocall.clock.now()).date };
}

async function campaign(api: AutocallApi, name: string, schedule: { date_from: string; time_from: string; time_to: string }, size = 1): Promise<number> {
  const sound = (await api.sounds.list()).data[0];
  if (!sound) throw new Error('the seeded account has no sound');
  const created = await api.autocalls.create({
    name,
    type: 'regular',
    audio_id: [sound.id],
    list_id: Array.from({ length: size }, (_, i) => ({ number: `+7747${String(7000 + i).padStart(7, '0')}` })),
    tries_interval: 30,
    ...schedule,
  });
  if (created.status !== 'created') throw new Error('campaign not created at once');
  return created.autocall.id;
}

describe('editing the schedule of a call campaign', () => {
  it('walks the steps from the card, explains every wrong answer, survives a restart and saves only the changes', async () => {
    const { harness, api, owner, accountId, today } = await start();
    const id = await campaign(api, 'Spring promo', { date_from: addDays(today, 1), time_from: '09:00:00', time_to: '18:00:00' });

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
    const waiting = await campaign(api, 'Today', { date_from: kzNow(harness.autocall.clock.now()).date, time_from: '00:00:00', time_to: '23:59:59' }, 90);
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
});

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
