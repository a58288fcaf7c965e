/**
 * `/sms` when money or AutoCall say no: a short balance (by how much, Top up, no Launch), a 402 when the balance
 * went elsewhere between the summary and Launch, a 422 for a list deleted meanwhile, and the statuses the
 * contract does not declare on `POST /bulks` but a real server may still send (the sandbox's `respond` fault): a
 * 402 with the balance seemingly enough, and a 403 spam refusal with the server's reason and what to change.
 */
import { describe, expect, it } from 'vitest';
import { buttonLabels } from '../support/journeys.js';
import { type Launcher, smsToSummary, startLauncher } from '../support/launch-steps.js';
import { stoppedAfterEach } from '../support/sessions.js';

const KEY = 'ak_live_launchsmsrefuse_01234';

const launch = stoppedAfterEach(startLauncher);

/** The SMS campaigns AutoCall holds under `name`. */
async function bulksNamed(session: Launcher, name: string): Promise<{ id: number; text: unknown }[]> {
  return (await session.api.bulks.list()).data.filter((b) => b.name === name).map((b) => ({ id: b.id, text: b['text'] }));
}

describe('SMS campaign wizard, refusals', () => {
  it('says by how much a short balance falls short, offers a top-up and no Launch', async () => {
    const session = await launch(KEY, { prepare: (h) => h.autocall.createAccount(KEY, { balance: 50 }) });
    const { owner, harness } = session;
    await smsToSummary(owner, 'Sale today only!', /^VIP · 5$/, 'Short');
    const summary = await owner.waitFor(/step 6\/6/);
    expect(summary.text).toContain('At most: ₸80');
    expect(summary.text).toContain('Not enough money: the balance is ₸50, short by ₸30.');
    expect(buttonLabels(summary)).toEqual(['💳 Top up', '🔄 Recalculate', '« Back', '✖ Cancel']);
    harness.tg.expectNoViolations();
  });

  it('explains a 402 when the balance went to another campaign before Launch', async () => {
    const session = await launch(KEY, { prepare: (h) => h.autocall.createAccount(KEY, { balance: 200 }) });
    const { owner, harness, api } = session;
    await smsToSummary(owner, 'Sale today only!', /^VIP · 5$/, 'Too late');
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
    const session = await launch(KEY);
    const { owner, harness, api } = session;
    await smsToSummary(owner, 'Sale today only!', /^VIP · 5$/, 'Gone list');
    await owner.waitFor(/step 6\/6.*At most/s);
    const vip = (await api.lists.list()).data.find((l) => l.name === 'VIP');
    await api.lists.delete(vip?.id ?? 0);
    await owner.tap('🚀 Launch');
    const refused = await owner.waitFor(/AutoCall did not accept the campaign: .*list_id/s);
    expect(buttonLabels(refused)).toEqual(['🔄 Recalculate', '« Back', '✖ Cancel']);
    expect((await api.bulks.list()).data.some((b) => b.name === 'Gone list')).toBe(false);
    harness.tg.expectNoViolations();
  });

  it('explains a 402 AutoCall sends though the balance seems enough, offers Top up beside Launch, and launches once after', async () => {
    const session = await launch(KEY);
    const { owner, harness } = session;
    await smsToSummary(owner, 'Sale today only!', /^VIP · 5$/, 'Reserved');
    await owner.waitFor(/step 6\/6.*At most: ₸80/s);
    harness.autocall.faults.set({ kind: 'respond', method: 'POST', path: '/api/v1/bulks', status: 402, body: { message: 'Недостаточно средств' }, times: 1 });
    await owner.tap('🚀 Launch');
    const refused = await owner.waitFor(/AutoCall says the balance is not enough for this campaign: top up here/);
    expect(refused.text).toMatch(/Balance ₸25,000 → after the launch/);
    expect(buttonLabels(refused)).toEqual(['🚀 Launch', '💳 Top up', '« Back', '✖ Cancel']);
    expect(await bulksNamed(session, 'Reserved')).toHaveLength(0);
    await owner.tap('💳 Top up');
    await owner.waitFor(/step 6\/6.*How much to top up/s);
    await owner.tap('« Back');
    const again = await owner.waitFor(/step 6\/6.*At most: ₸80/s);
    expect(buttonLabels(again)).toEqual(['🚀 Launch', '« Back', '✖ Cancel']);
    await owner.tap('🚀 Launch');
    await owner.waitFor(/SMS campaign «Reserved» \(#\d+\) is created/);
    expect(await bulksNamed(session, 'Reserved')).toHaveLength(1);
    harness.tg.expectNoViolations();
  });

  it("shows a 403 spam refusal with the server's reason and what to change; after a new text Launch creates one campaign", async () => {
    const session = await launch(KEY);
    const { owner, harness } = session;
    await smsToSummary(owner, 'WIN BIG http://x.kz', /^VIP · 5$/, 'Spam check');
    await owner.waitFor(/step 6\/6.*At most/s);
    const body = { message: 'Рассылка похожа на спам', errors: { text: ['Текст содержит ссылку на запрещённый ресурс'] } };
    harness.autocall.faults.set({ kind: 'respond', method: 'POST', path: '/api/v1/bulks', status: 403, body, times: 1 });
    await owner.tap('🚀 Launch');
    const refused = await owner.waitFor(/AutoCall refused the SMS campaign/);
    expect(refused.text).toContain('AutoCall refused the SMS campaign: Текст содержит ссылку на запрещённый ресурс');
    expect(refused.text).toContain('What to change: the text (step 1)');
    expect(await bulksNamed(session, 'Spam check')).toHaveLength(0);
    for (const step of [5, 4, 3, 2, 1]) {
      await owner.tap('« Back');
      await owner.waitFor(new RegExp(`step ${step}/6`));
    }
    await owner.send('Sale today only!');
    await owner.waitFor(/step 1\/6.*Sale today only!/s);
    for (const [label, next] of [
      ['✅ Use this text', 2],
      ['Next ›', 3],
      ['Next ›', 4],
      ['✓ Now', 5],
      ['✓ Keep «Spam check»', 6],
    ] as const) {
      await owner.tap(label);
      await owner.waitFor(new RegExp(`step ${next}/6`));
    }
    expect(owner.lastMessage()?.text).toMatch(/Text: Sale today only!.*At most: ₸80/s);
    await owner.tap('🚀 Launch');
    await owner.waitFor(/SMS campaign «Spam check» \(#\d+\) is created/);
    const created = await bulksNamed(session, 'Spam check');
    expect(created.map((b) => b.text)).toEqual(['Sale today only!']);
    harness.tg.expectNoViolations();
  });
});
