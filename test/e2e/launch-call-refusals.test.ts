/**
 * `/call` when money or AutoCall say no: a short balance (by how much, Top up, no Launch), a 402 when the balance
 * went elsewhere between the summary and Launch, a 403 spam refusal with the server's reason and what to change,
 * a 422 for a recording deleted meanwhile, and a 202 for more than 5,000 numbers with the card following, even
 * across a restart of the bot process.
 */
import { describe, expect, it, vi } from 'vitest';
import { pendingWatches } from '../../src/conversations/campaign-steps/created-watches.js';
import { buttonLabels } from '../support/journeys.js';
import { callScheduleToSummary, callToSummary, numbers, startLauncher } from '../support/launch-steps.js';
import { stoppedAfterEach } from '../support/sessions.js';

const KEY = 'ak_live_launchrefuse_0123456';

const launch = stoppedAfterEach(startLauncher);

describe('call campaign wizard, refusals', () => {
  it('says by how much a short balance falls short, offers a top-up and no Launch', async () => {
    const session = await launch(KEY, { prepare: (h) => h.autocall.createAccount(KEY, { balance: 100 }) });
    const { owner, harness } = session;
    await callToSummary(owner, /^VIP · 5$/, /Напоминание об оплате/, 'Short');
    const summary = await owner.waitFor(/step 9\/9/);
    expect(summary.text).toContain('At most: ₸112');
    expect(summary.text).toContain('Not enough money: the balance is ₸100, short by ₸12.');
    expect(buttonLabels(summary)).toEqual(['💳 Top up', '🔄 Recalculate', '« Back', '✖ Cancel']);
    await owner.tap('🔄 Recalculate');
    await owner.tap('💳 Top up');
    // The top-up stays inside the wizard: its amount step is the summary's, and Back returns to it.
    await owner.waitFor(/step 9\/9.*How much to top up/s);
    await owner.tap('« Back');
    await owner.waitFor(/step 9\/9.*short by ₸12/s);
    harness.tg.expectNoViolations();
  });

  it('explains a 402 when the balance went to another campaign before Launch, and prices again', async () => {
    const session = await launch(KEY, { prepare: (h) => h.autocall.createAccount(KEY, { balance: 300 }) });
    const { owner, harness, api } = session;
    await callToSummary(owner, /^VIP · 5$/, /Напоминание об оплате/, 'Too late');
    await owner.waitFor(/step 9\/9.*Balance ₸300 → after the launch ₸188/s);
    const sound = (await api.sounds.list()).data.find((s) => s.name === 'Напоминание об оплате');
    const almaty = (await api.lists.list()).data.find((l) => l.name === 'Клиенты Алматы');
    await api.autocalls.create({ name: 'Elsewhere', type: 'regular', audio_id: [sound?.id ?? 0], list_id: [almaty?.id ?? 0] });
    await owner.tap('🚀 Launch');
    const refused = await owner.waitFor(/AutoCall says the balance is not enough/);
    expect(refused.text).toMatch(/Not enough money: the balance is ₸31\.20, short by ₸80\.80/);
    expect(buttonLabels(refused)).toContain('💳 Top up');
    expect((await api.autocalls.list()).data.some((a) => a.name === 'Too late')).toBe(false);
    harness.tg.expectNoViolations();
  });

  it("shows a 403 spam refusal with the server's reason and what to change, then launches once changed", async () => {
    const session = await launch(KEY);
    const { owner, harness, api } = session;
    await api.lists.create({ name: 'Big list', numbers: numbers(1001).map((number) => ({ number })) });
    await owner.send('/call');
    await owner.waitFor(/step 1\/9/);
    await owner.tap('🔊 Regular: a recording');
    await owner.waitFor(/step 2\/9/);
    await owner.tap(/^Big list · 1,001$/);
    await owner.waitFor(/Chosen: lists «Big list»/);
    await owner.tap('Next ›');
    await owner.waitFor(/step 3\/9/);
    await owner.send('Да.');
    await owner.waitFor(/Choose a voice/);
    await owner.tap('♂ Zahar · Yandex');
    await owner.waitFor(/step 4\/9/);
    await callScheduleToSummary(owner, 'Spam check');
    const refused = await owner.waitFor(/step 9\/9/);
    expect(refused.text).toContain('AutoCall refused the campaign as suspected spam');
    expect(refused.text).toMatch(/не меньше 5 секунд/);
    expect(refused.text).toContain('What to change: choose a longer recording (step 3) or fewer recipients (step 2)');
    expect(buttonLabels(refused)).toEqual(['🔄 Recalculate', '« Back', '✖ Cancel']);
    for (const step of [8, 7, 6, 5, 4, 3]) {
      await owner.tap('« Back');
      await owner.waitFor(new RegExp(`step ${step}/9`));
    }
    await owner.tap(/Напоминание об оплате/);
    for (const [label, step] of [['✓ Tomorrow', 5], ['✓ 09:00–18:00', 6], ['Next ›', 7], ['Next ›', 8], ['✓ Keep «Spam check»', 9]] as const) {
      await owner.waitFor(new RegExp(`step ${step - 1}/9`));
      await owner.tap(label);
    }
    await owner.waitFor(/step 9\/9.*Balance ₸25,000 → after the launch/s);
    await owner.tap('🚀 Launch');
    await owner.waitFor(/Call campaign «Spam check» \(#\d+\) is created/);
    expect((await api.autocalls.list()).data.filter((a) => a.name === 'Spam check')).toHaveLength(1);
    harness.tg.expectNoViolations();
  });

  it('explains a 422 for a recording deleted between the summary and Launch', async () => {
    const session = await launch(KEY);
    const { owner, harness, api } = session;
    await callToSummary(owner, /^VIP · 5$/, /Напоминание об оплате/, 'Gone audio');
    await owner.waitFor(/step 9\/9.*At most/s);
    const sound = (await api.sounds.list()).data.find((s) => s.name === 'Напоминание об оплате');
    await api.sounds.delete(sound?.id ?? 0);
    await owner.tap('🚀 Launch');
    const refused = await owner.waitFor(/AutoCall did not accept the campaign: .*audio_id/s);
    expect(refused.text).toContain('Go back to the step concerned and change it.');
    expect(buttonLabels(refused)).toEqual(['🔄 Recalculate', '« Back', '✖ Cancel']);
    expect((await api.autocalls.list()).data.some((a) => a.name === 'Gone audio')).toBe(false);
    harness.tg.expectNoViolations();
  });

  it('says a campaign of more than 5,000 numbers is being created, and sends its card when it appears, across a restart', async () => {
    const session = await launch(KEY, { prepare: (h) => h.autocall.createAccount(KEY, { balance: 1_000_000 }) });
    const { owner, harness, api } = session;
    await api.lists.create({ name: 'Huge', numbers: numbers(5001).map((number) => ({ number })) });
    await callToSummary(owner, /^Huge · 5,001$/, /Напоминание об оплате/, 'Big one');
    await owner.waitFor(/step 9\/9.*At most/s);
    await owner.tap('🚀 Launch');
    await owner.waitFor(/Call campaign «Big one» is accepted: AutoCall creates campaigns of more than 5 000 numbers in the background/);
    const store = () => harness.app.deps.store;
    await vi.waitFor(async () => expect((await pendingWatches(store())).map((watch) => watch.name)).toEqual(['Big one']));
    // The watch lives in the store: a new process picks it up.
    await harness.restart();
    harness.autocall.clock.advance(120_000);
    const card = await owner.waitFor(/Call campaign «Big one» \(#\d+\) is created/);
    expect(buttonLabels(card)).toEqual(['📋 Open the campaign']);
    await vi.waitFor(async () => expect(await pendingWatches(store())).toEqual([]));
    expect(owner.messages().filter((m) => /«Big one» \(#\d+\) is created/.test(m.text ?? ''))).toHaveLength(1);
    const created = (await api.autocalls.list()).data.filter((a) => a.name === 'Big one');
    expect(created).toHaveLength(1);
    expect((await api.autocalls.get(created[0]?.id ?? 0)).calls_count).toBe(5001);
    harness.tg.expectNoViolations();
  });
});
