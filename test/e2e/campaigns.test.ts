/**
 * `/campaigns`: the list (newest first, status filter with counts, pages of eight), a campaign's card with its
 * figures as AutoCall has them, Refresh that changes nothing when nothing changed, and the actions each state and
 * role allow.
 */
import { describe, expect, it } from 'vitest';
import type { AutocallApi } from '../../src/api/index.js';
import { formatMoney } from '../../src/domain/format/index.js';
import { buttonLabels, createCallCampaign, testRecipients } from '../support/journeys.js';
import { ownerSessions } from '../support/menu-steps.js';

const KEY = 'ak_live_campaigns_0123456789abcdef';
const MINUTE = 60_000;

const start = ownerSessions(KEY);

/** Campaigns of one number each, named `<prefix> 1`…, oldest first. */
async function createCampaigns(api: AutocallApi, prefix: string, count: number, firstNumber: number): Promise<void> {
  for (let i = 0; i < count; i++) await createCallCampaign(api, `${prefix} ${i + 1}`, testRecipients('701', firstNumber + i, 1));
}

describe('call campaigns list and card', () => {
  it('lists newest first with a count per status, pages of eight, and filters by status', async () => {
    const { harness, api, owner } = await start();
    await createCampaigns(api, 'Promo', 12, 1000);
    harness.autocall.clock.advance(15 * MINUTE);
    await createCampaigns(api, 'Fresh', 5, 2000);
    const all = await api.autocalls.list({ order: 'desc' });
    expect(all.total).toBe(18);

    await owner.send('/campaigns');
    const first = await owner.waitFor(/Call campaigns/);
    expect(first.text).toMatch(/All: 18/);
    expect(first.text).toMatch(/Page 1 of 3/);
    const labels = buttonLabels(first);
    // One filter button per status with its count: 13 completed (12 + the seeded one), 5 in moderation.
    expect(labels).toEqual(expect.arrayContaining(['• All 18', '✅ 13', '🛡 5', '▶️ 0', '⏳ 0', '⛔ 0']));
    const rows = labels.filter((label) => /Promo|Fresh|Акция/.test(label));
    expect(rows).toHaveLength(8);
    expect(rows[0]).toMatch(/^🛡 Fresh 5 · /);
    expect(rows.slice(0, 5).every((label) => label.startsWith('🛡 Fresh'))).toBe(true);

    await owner.tap('›');
    const second = await owner.waitFor(/Page 2 of 3/);
    expect(buttonLabels(second).filter((label) => label.startsWith('✅ Promo'))).toHaveLength(8);
    await owner.tap('›');
    const third = await owner.waitFor(/Page 3 of 3/);
    const lastRows = buttonLabels(third).filter((label) => /Promo|Акция/.test(label));
    expect(lastRows).toEqual([expect.stringMatching(/^✅ Promo 1 · /), expect.stringMatching(/^✅ Акция выходного дня · /)]);
    expect(buttonLabels(third)).not.toContain('›');

    await owner.tap('🛡 5');
    const moderation = await owner.waitFor(/🛡 in moderation: 5/);
    expect(moderation.text).not.toMatch(/Page/);
    expect(buttonLabels(moderation).filter((label) => label.startsWith('🛡 Fresh'))).toHaveLength(5);
    harness.tg.expectNoViolations();
  });

  it('shows a card with the figures AutoCall has, and Refresh with nothing new leaves it as it is', async () => {
    const { harness, api, owner } = await start();
    const seeded = (await api.autocalls.list()).data.find((autocall) => autocall.name === 'Акция выходного дня');
    if (!seeded) throw new Error('no seeded campaign');
    const done = await api.autocalls.get(seeded.id);

    await owner.send('/campaigns');
    await owner.waitFor(/Call campaigns/);
    await owner.tap(/Акция выходного дня/);
    const card = await owner.waitFor(/Status: ✅ completed/);
    const counters = done.counters ?? {};
    expect(card.text).toContain(`Success: ${counters.success ?? 0} (`);
    expect(card.text).toContain(`No answer: ${counters.no_answer ?? 0}`);
    expect(card.text).toContain(`Number does not exist: ${counters.error ?? 0}`);
    expect(card.text).toContain(`of ${done.calls_count ?? 0} numbers processed`);
    expect(card.text).toContain('100%');
    expect(card.text).toContain('Type: regular, audio: Акция выходного дня');
    expect(card.text).toContain(`Final cost: ${formatMoney(done.final_cost ?? 0, 'en')} (maximum was ${formatMoney(done.max_cost ?? 0, 'en')})`);
    expect(card.text).toContain('Conversations are recorded');
    const actions = buttonLabels(card);
    expect(actions).toEqual(expect.arrayContaining(['🔄 Refresh', '📋 Calls', '⬇️ Export CSV', '🔁 Call those not reached again', '🗑 Delete']));
    expect(actions).not.toContain('✏️ Edit schedule');

    // Nothing changed: Refresh answers so, and the message is not edited (Telegram would refuse the same text).
    const answer = await owner.tap('🔄 Refresh');
    expect(answer.text).toBe('Nothing has changed.');
    expect(owner.lastMessage()?.edits).toHaveLength(card.edits.length);

    harness.tg.expectNoViolations();
  });

  it('offers Edit schedule while a campaign waits for moderation, and Refresh shows it once moderated and done', async () => {
    const { harness, api, owner } = await start();
    await createCampaigns(api, 'Fresh', 1, 3000);
    await owner.send('/campaigns');
    await owner.waitFor(/Call campaigns/);
    await owner.tap(/Fresh 1/);
    const waiting = await owner.waitFor(/Status: 🛡 in moderation/);
    expect(buttonLabels(waiting)).toEqual(expect.arrayContaining(['✏️ Edit schedule', '🗑 Delete']));
    expect(buttonLabels(waiting)).not.toContain('🔁 Call those not reached again');
    expect(waiting.text).toContain('Caller ID: a random one from the pool');
    expect(waiting.text).toContain('0 of 1 numbers processed');
    harness.autocall.clock.advance(15 * MINUTE);
    await owner.tap('🔄 Refresh');
    const moderated = await owner.waitFor(/Status: ✅ completed/);
    expect(moderated.text).toContain('1 of 1 numbers processed');
    expect(buttonLabels(moderated)).not.toContain('✏️ Edit schedule');
    harness.tg.expectNoViolations();
  });

  it('opens both lists from the main menu in place of the menu', async () => {
    const { harness, owner } = await start();
    await owner.send('/menu');
    const menu = await owner.waitFor(/Main menu/);
    expect(buttonLabels(menu)).toEqual(expect.arrayContaining(['📞 Call campaigns', '💬 SMS campaigns']));
    await owner.tap('📞 Call campaigns');
    const calls = await owner.waitFor(/Call campaigns of/);
    expect(calls.message_id).toBe(menu.message_id);
    await owner.send('/menu');
    await owner.waitFor(/Main menu/);
    await owner.tap('💬 SMS campaigns');
    const sms = await owner.waitFor(/SMS campaigns of/);
    expect(sms.text).toContain('All: 1');
    expect(buttonLabels(sms)).toContain('➕ New SMS campaign');
    harness.tg.expectNoViolations();
  });
});
