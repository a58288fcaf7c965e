import { afterEach, describe, expect, it } from 'vitest';
import { formatPhone } from '../../src/domain/phone/index.js';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { buttonLabels, joinTeam, linkKey, type OwnerSession, startAsOwner } from '../support/journeys.js';

const KEY = 'ak_live_callerids_0123456789abcdef';
const DAY_MS = 86_400_000;

const literally = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let session: OwnerSession | undefined;
let harness: BotUnderTest | undefined;
afterEach(async () => {
  await session?.stop();
  await harness?.stop();
  session = undefined;
  harness = undefined;
});

// The bot lets one person send at most 8 updates in 3 seconds (linking the key takes two): journeys stay within that.
describe('caller IDs', () => {
  it('lists the rental with provider and days left, and releases it early after a warning that money is not returned', async () => {
    session = await startAsOwner(KEY);
    const { owner, api } = session;
    const [rental] = (await api.callerIds.list()).data ?? [];
    if (!rental?.number) throw new Error('a seeded Silver account rents one number');
    const balance = (await api.payments.balance()).balance;

    await owner.send('/callerids');
    const list = await owner.waitFor(/Caller IDs/);
    expect(list.text).toContain('Numbers your tariff lets you rent: 1, at ₸5,000 a month each; rented now: 1.');
    expect(list.text).toMatch(new RegExp(`1\\. ${literally(formatPhone(rental.number))} · ${rental.provider ?? ''} — until .+ · (20|21) days left`));
    expect(list.text).not.toContain('⚠️');
    await owner.tap(`🗑 Release ${formatPhone(rental.number)}`);
    await owner.waitFor(/The money is not returned/);
    await owner.tap('🗑 Yes, release');
    const after = await owner.waitFor(/is released/);
    expect(after.text).toContain('No rented numbers.');
    expect((await api.callerIds.list()).data ?? []).toEqual([]);
    expect((await api.payments.balance()).balance).toBe(balance);
    const actions = (await session.harness.app.deps.store.audit.list(session.accountId, { limit: 50 })).entries.map((entry) => entry.action);
    expect(actions).toContain('callerid.release');
    session.harness.tg.expectNoViolations();
  });

  it('rents a number: a taken one (409) is explained and another asked for, then the summary and the rent', async () => {
    session = await startAsOwner(KEY);
    const { owner, api } = session;
    const [seeded] = (await api.callerIds.list()).data ?? [];
    await api.callerIds.release(seeded?.id ?? 0);
    const balance = (await api.payments.balance()).balance;

    await owner.send('/callerids');
    await owner.waitFor(/No rented numbers/);
    await owner.tap('➕ Rent a number');
    await owner.waitFor(/Rent a caller ID · step 1\/2/);
    // Every tenth pool number is held by a customer outside this account.
    await owner.send('#40');
    await owner.waitFor(/Rent pool number #40 for one month\?\n₸5,000 will be charged/);
    await owner.tap('✅ Rent for ₸5,000');
    await owner.waitFor(/Number #40 is taken by another customer/);
    await owner.send('77');
    await owner.waitFor(/Rent pool number #77/);
    await owner.tap('✅ Rent for ₸5,000');
    const done = await owner.waitFor(/✅ Rented/);
    const [rented] = (await api.callerIds.list()).data ?? [];
    expect(done.text).toContain(`Rented ${formatPhone(rented?.number ?? '')} until`);
    expect((await api.payments.balance()).balance).toBe(balance - 5000);
    expect(buttonLabels(done)).toEqual(['📞 Caller IDs']);
    session.harness.tg.expectNoViolations();
  });

  it('highlights a rental with less than a week left, and explains the tariff limit (403)', async () => {
    session = await startAsOwner(KEY, { clock: 'sandbox' });
    const { owner, harness: h } = session;
    h.autocall.clock.advance(15 * DAY_MS);

    await owner.send('/callerids');
    const list = await owner.waitFor(/Caller IDs/);
    expect(list.text).toMatch(/1\. ⚠️ .+ — until .+ · [56] days left/);
    const bold = (list.entities ?? []).filter((entity) => entity.type === 'bold').map((entity) => (list.text ?? '').slice(entity.offset, entity.offset + entity.length));
    expect(bold).toEqual(expect.arrayContaining([expect.stringMatching(/^[56] days left$/)]));
    await owner.tap('➕ Rent a number');
    await owner.waitFor(/step 1\/2/);
    await owner.send('77');
    await owner.waitFor(/Rent pool number #77/);
    await owner.tap('✅ Rent for ₸5,000');
    const refused = await owner.waitFor(/Your tariff allows no more rented numbers \(it allows 1\)/);
    expect(refused.text).toMatch(/AutoCall says: .+/);
    h.tg.expectNoViolations();
  });

  it('explains a balance too small for the rent (402) with a Top up button', async () => {
    harness = await startBotUnderTest();
    harness.autocall.createAccount(KEY, { tariff: 'GOLD', balance: 100 });
    const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    await linkKey(owner, KEY);
    await owner.send('/callerids');
    await owner.waitFor(/Numbers your tariff lets you rent: 2, at ₸4,000/);
    await owner.tap('➕ Rent a number');
    await owner.send('77');
    await owner.waitFor(/It costs ₸4,000, but the balance is ₸100/);
    await owner.tap('✅ Rent for ₸4,000');
    const short = await owner.waitFor(/Not enough money: the rent is ₸4,000, the balance ₸100/);
    expect(buttonLabels(short)).toEqual(['💳 Top up']);
    harness.tg.expectNoViolations();
  });

  it('shows a viewer the rentals without Rent or Release, and refuses crafted taps', async () => {
    session = await startAsOwner(KEY);
    const { owner, api, harness: h } = session;
    const viewer = h.tg.user({ first_name: 'Vera', language_code: 'en' });
    await joinTeam(owner, viewer, 'viewer');
    const [rental] = (await api.callerIds.list()).data ?? [];

    await viewer.send('/callerids');
    const list = await viewer.waitFor(/Caller IDs/);
    expect(buttonLabels(list)).toEqual(['🔄 Refresh', '« Settings']);
    const release = await viewer.pressCallback(`ciy:${session.accountId}:${String(rental?.id)}`);
    expect(release.text).toMatch(/Your role \(viewer\) cannot do this/);
    const rent = await viewer.pressCallback(`cir:${session.accountId}`);
    expect(rent.text).toMatch(/cannot do this/);
    expect((await api.callerIds.list()).data).toHaveLength(1);
    h.tg.expectNoViolations();
  });
});
