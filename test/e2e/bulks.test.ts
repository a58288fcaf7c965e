/**
 * `/bulks`: SMS campaigns listed newest first with the status filter and pages of eight; a card with the text,
 * segments, recipients, costs and the moderator's comment; messages page by page with their delivery status and
 * one message's details; the card reached from an alert.
 */
import { describe, expect, it } from 'vitest';
import { type AutocallApi, paginate } from '../../src/api/index.js';
import { formatMoney } from '../../src/domain/format/index.js';
import { formatPhone } from '../../src/domain/phone/index.js';
import { buttonLabels, collect, createSmsCampaign, testRecipients } from '../support/journeys.js';
import { ownerSessions } from '../support/menu-steps.js';

const KEY = 'ak_live_bulks_0123456789abcdefgh';
const MINUTE = 60_000;

const start = ownerSessions(KEY);

/** An SMS campaign to `size` numbers. */
function bulk(api: AutocallApi, name: string, size: number, text?: string): Promise<number> {
  return createSmsCampaign(api, name, testRecipients('705', 3000, size), text);
}

describe('SMS campaigns', () => {
  it('lists newest first with a count per status and pages of eight, and filters by status', async () => {
    const { harness, api, owner } = await start();
    for (let i = 1; i <= 9; i++) await bulk(api, `Sale ${i}`, 1);
    harness.autocall.clock.advance(10 * MINUTE);
    await bulk(api, 'Fresh', 1);
    await bulk(api, 'Waiting', 1);

    await owner.send('/bulks');
    const first = await owner.waitFor(/SMS campaigns/);
    // 9 sales and the seeded reminder completed, two in moderation.
    expect(first.text).toMatch(/All: 12/);
    expect(first.text).toMatch(/Page 1 of 2/);
    expect(buttonLabels(first)).toEqual(expect.arrayContaining(['• All 12', '✅ 10', '🛡 2']));
    expect(buttonLabels(first).filter((label) => /Sale|Waiting|Fresh|долге/.test(label))[0]).toMatch(/^🛡 Waiting · /);
    await owner.tap('›');
    const second = await owner.waitFor(/Page 2 of 2/);
    expect(buttonLabels(second).filter((label) => /Sale|долге/.test(label))).toEqual([
      expect.stringMatching(/^✅ Sale 3 · /),
      expect.stringMatching(/^✅ Sale 2 · /),
      expect.stringMatching(/^✅ Sale 1 · /),
      expect.stringMatching(/^✅ Напоминание о долге · /),
    ]);

    await owner.tap('🛡 2');
    const moderation = await owner.waitFor(/🛡 in moderation: 2/);
    expect(buttonLabels(moderation)).toContain('• 🛡 2');
    expect(buttonLabels(moderation).filter((label) => label.startsWith('🛡 '))).toEqual([expect.stringMatching(/^🛡 Waiting · /), expect.stringMatching(/^🛡 Fresh · /)]);
    harness.tg.expectNoViolations();
  });

  it('shows a denied bulk with the moderator\'s comment', async () => {
    const { harness, api, owner } = await start();
    await bulk(api, 'Casino night', 1, 'Casino night: double your bets!');
    harness.autocall.clock.advance(2 * MINUTE);
    await owner.send('/bulks');
    await owner.waitFor(/SMS campaigns/);
    await owner.tap('⛔ 1');
    await owner.waitFor(/⛔ denied: 1/);
    await owner.tap(/Casino night/);
    const denied = await owner.waitFor(/Status: ⛔ denied/);
    expect(denied.text).toContain('Moderator: Реклама азартных игр запрещена.');
    expect(denied.text).toContain('Casino night: double your bets!');
    expect(buttonLabels(denied)).not.toContain('✏️ Edit schedule');
    harness.tg.expectNoViolations();
  });

  it('shows a card as AutoCall has it, its messages page by page, and one message\'s delivery', async () => {
    const { harness, api, owner, accountId } = await start();
    const id = await bulk(api, 'Big SMS', 20);
    harness.autocall.clock.advance(10 * MINUTE);
    const stored = await api.bulks.get(id);
    const messages = await collect(paginate(async (page) => (await api.bulks.get(id, { page })).messages));

    // From another message (the account card): the card arrives as a new message.
    await owner.pressCallback(`bk:${accountId}:${id}`);
    const card = await owner.waitFor(/Status: /);
    expect(card.text).toContain('Status: ✅ completed');
    expect(card.text).toContain(`Recipients: 20 · segments per SMS: ${stored.segments ?? 0}`);
    expect(card.text).toContain('Sale -20% today only. Promo code SALE20');
    expect(card.text).toContain(`Final cost: ${formatMoney(stored.final_cost ?? 0, 'en')} (maximum was ${formatMoney(stored.max_cost ?? 0, 'en')})`);
    expect(buttonLabels(card)).toEqual(['🔄 Refresh', '📋 Messages', '⬇️ Export CSV', '🗑 Delete', '« To the list']);

    await owner.tap('📋 Messages');
    const page = await owner.waitFor(/messages 1–8 of 20/);
    const firstMessage = messages[0];
    if (!firstMessage) throw new Error('no messages');
    expect(page.text).toContain(`1. ${formatPhone(firstMessage.number)} (Client 1) — `);
    await owner.pressCallback(`bkm:${accountId}:${id}:2`);
    const lastPage = await owner.waitFor(/messages 17–20 of 20/);
    expect(buttonLabels(lastPage)).toEqual(['17', '18', '19', '20', '‹', '« To the SMS campaign']);
    const last = messages[19];
    if (!last) throw new Error('no 20th message');
    await owner.tap('20');
    const details = await owner.waitFor(/Operator: /);
    expect(details.text).toContain(`${formatPhone(last.number)} (Client 20)`);
    expect(details.text).toContain(`Operator: ${last.provider}`);
    expect(details.text).toMatch(/Status: (✅ delivered|❌ failed|⌛ expired|🚫 undeliverable|⛔ rejected by the operator)/);

    harness.tg.expectNoViolations();
  });

  it('opens a bulk from an alert as a new message; Refresh with nothing new and stale buttons change nothing', async () => {
    const { harness, api, owner, accountId } = await start();
    const id = await bulk(api, 'Alerted SMS', 1);
    await harness.app.bot.api.sendMessage(owner.id, 'SMS campaign “Alerted SMS” finished.', {
      reply_markup: { inline_keyboard: [[{ text: 'Open', callback_data: `bk:${accountId}:${id}` }]] },
    });
    await owner.waitFor(/finished/);
    await owner.tap('Open');
    const card = await owner.waitFor(/Alerted SMS/);
    expect(card.text).toContain('Status: 🛡 in moderation');
    expect(buttonLabels(card)).toContain('✏️ Edit schedule');
    expect(owner.messages().find((message) => message.text?.includes('finished'))?.edits).toHaveLength(0);
    const unchanged = await owner.tap('🔄 Refresh');
    expect(unchanged.text).toBe('Nothing has changed.');

    // A message of another bulk under this bulk's button is refused as stale.
    const seeded = (await api.bulks.list()).data.find((item) => item.name === 'Напоминание о долге');
    const foreign = seeded ? (await api.bulks.get(seeded.id)).messages?.data[0] : undefined;
    if (!foreign) throw new Error('no seeded message');
    const stale = await owner.pressCallback(`bkq:${accountId}:${id}:${foreign.id}:1`);
    expect(stale.text).toBe('This button is outdated. Open the section again.');
    harness.tg.expectNoViolations();
  });
});
