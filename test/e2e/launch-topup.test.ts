/**
 * Top up from a launch summary: a person short of money tops up inside the wizard (the same amount step as
 * /topup, the payment link audited like it), pays, comes back to the same summary priced again, and launches the
 * campaign with everything chosen before the detour.
 */
import { describe, expect, it } from 'vitest';
import { buttonLabels } from '../support/journeys.js';
import { smsToSummary, startLauncher } from '../support/launch-steps.js';
import { stoppedAfterEach } from '../support/sessions.js';

const KEY = 'ak_live_launchtopup_0123456';

const launch = stoppedAfterEach(startLauncher);

describe('launch summary, top-up inside the wizard', () => {
  it('tops up, comes back to the same summary with Launch, and creates one campaign with the earlier choices', async () => {
    const session = await launch(KEY, { prepare: (h) => h.autocall.createAccount(KEY, { balance: 50 }) });
    const { owner, harness, api, accountId } = session;
    await smsToSummary(owner, 'Sale today only!', /^VIP · 5$/, 'After top-up');
    const short = await owner.waitFor(/step 6\/6.*short by ₸30/s);
    expect(buttonLabels(short)).toEqual(['💳 Top up', '🔄 Recalculate', '« Back', '✖ Cancel']);

    await owner.tap('💳 Top up');
    const amount = await owner.waitFor(/step 6\/6.*Top up.*the summary waits.*How much to top up/s);
    expect(buttonLabels(amount)).toEqual(['₸1,000', '₸5,000', '₸10,000', '« Back', '✖ Cancel']);
    await owner.tap('« Back');
    await owner.waitFor(/step 6\/6.*short by ₸30/s);
    await owner.tap('💳 Top up');
    await owner.waitFor(/How much to top up/);
    await owner.send('150');
    await owner.waitFor(/The minimum is ₸200/);
    await owner.send('1000');
    const link = await owner.waitFor(/Pay ₸1,000 by VISA/);
    expect(buttonLabels(link)).toEqual(['↩ Back to summary', '✖ Cancel']);
    const url = /https?:\/\/\S+\/pay\/\S+/.exec(link.text ?? '')?.[0] ?? '';
    expect((await fetch(url)).status).toBe(200);
    expect((await api.payments.balance()).balance).toBe(1050);
    const audit = await harness.app.deps.store.audit.list(accountId, { limit: 10 });
    expect(audit.entries.filter((entry) => entry.action === 'topup.link').map((entry) => entry.target)).toEqual(['1000']);

    await owner.tap('↩ Back to summary');
    const ready = await owner.waitFor(/step 6\/6.*Balance ₸1,050 → after the launch ₸970/s);
    expect(buttonLabels(ready)).toEqual(['🚀 Launch', '« Back', '✖ Cancel']);
    expect(ready.text).toContain('Sale today only!');
    await owner.tap('🚀 Launch');
    await owner.waitFor(/SMS campaign «After top-up» \(#\d+\)/);
    const created = (await api.bulks.list()).data.filter((b) => b.name === 'After top-up');
    expect(created).toHaveLength(1);
    expect(await api.bulks.get(created[0]?.id ?? 0)).toMatchObject({ text: 'Sale today only!', recipients: 5 });
    harness.tg.expectNoViolations();
  });
});
