/**
 * `/sms` when money or AutoCall say no: a short balance (by how much, Top up, no Launch), a 402 when the balance
 * went elsewhere between the summary and Launch, and a 422 for a list deleted meanwhile. (`POST /bulks` has no 403
 * in the contract; the call wizard's journeys cover AutoCall's 403.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buttonLabels } from '../support/journeys.js';
import { type Launcher, startLauncher } from '../support/launch-steps.js';
import type { FakeUser } from '../support/telegram/index.js';

const KEY = 'ak_live_launchsmsrefuse_01234';

let session: Launcher | undefined;
afterEach(async () => {
  await session?.stop();
  session = undefined;
});

/** From /sms to the summary: `text` to the list `list`, sent now, named `name`. */
async function toSummary(owner: FakeUser, text: string, list: RegExp, name: string): Promise<void> {
  await owner.send('/sms');
  await owner.waitFor(/step 1\/6/);
  await owner.send(text);
  await owner.waitFor(/SMS,/);
  await owner.tap('✅ Use this text');
  await owner.waitFor(/step 2\/6/);
  await owner.tap(list);
  await owner.waitFor(/Chosen: lists/);
  await owner.tap('Next ›');
  await owner.waitFor(/step 3\/6/);
  await owner.tap('Next ›');
  await owner.waitFor(/step 4\/6/);
  await owner.tap('Now');
  await owner.waitFor(/step 5\/6/);
  await owner.send(name);
}

describe('SMS campaign wizard, refusals', () => {
  it('says by how much a short balance falls short, offers a top-up and no Launch', async () => {
    session = await startLauncher(KEY, { prepare: (h) => h.autocall.createAccount(KEY, { balance: 50 }) });
    const { owner, harness } = session;
    await toSummary(owner, 'Sale today only!', /^VIP · 5$/, 'Short');
    const summary = await owner.waitFor(/step 6\/6/);
    expect(summary.text).toContain('At most: ₸80');
    expect(summary.text).toContain('Not enough money: the balance is ₸50, short by ₸30.');
    expect(buttonLabels(summary)).toEqual(['💳 Top up', '🔄 Recalculate', '« Back', '✖ Cancel']);
    harness.tg.expectNoViolations();
  });

  it('explains a 402 when the balance went to another campaign before Launch', async () => {
    session = await startLauncher(KEY, { prepare: (h) => h.autocall.createAccount(KEY, { balance: 200 }) });
    const { owner, harness, api } = session;
    await toSummary(owner, 'Sale today only!', /^VIP · 5$/, 'Too late');
    await owner.waitFor(/step 6\/6.*Balance ₸200 → after the launch ₸120/s);
    const almaty = (await api.lists.list()).data.find((l) => l.name === 'Клиенты Алматы');
    await api.bulks.create({ name: 'Elsewhere', text: 'Sale today only!', list_id: [almaty?.id ?? 0] });
    await owner.tap('🚀 Launch');
    const refused = await owner.waitFor(/AutoCall says the balance is not enough/);
    expect(refused.text).toContain('Not enough money: the balance is ₸8, short by ₸72.');
    expect((await api.bulks.list()).data.some((b) => b.name === 'Too late')).toBe(false);
    harness.tg.expectNoViolations();
  });

  it('explains a 422 for a list deleted between the summary and Launch', async () => {
    session = await startLauncher(KEY);
    const { owner, harness, api } = session;
    await toSummary(owner, 'Sale today only!', /^VIP · 5$/, 'Gone list');
    await owner.waitFor(/step 6\/6.*At most/s);
    const vip = (await api.lists.list()).data.find((l) => l.name === 'VIP');
    await api.lists.delete(vip?.id ?? 0);
    await owner.tap('🚀 Launch');
    const refused = await owner.waitFor(/AutoCall did not accept the campaign: .*list_id/s);
    expect(buttonLabels(refused)).toEqual(['🔄 Recalculate', '« Back', '✖ Cancel']);
    expect((await api.bulks.list()).data.some((b) => b.name === 'Gone list')).toBe(false);
    harness.tg.expectNoViolations();
  });
});
