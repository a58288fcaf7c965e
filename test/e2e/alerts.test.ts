/**
 * /alerts → Recent end to end: the account's notifications as AutoCall keeps them, paged with unread marked; a card
 * per notification with Mark read and Delete (a manager's), and Mark all read — each checked against what the
 * sandbox now holds.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { linkKey } from '../support/journeys.js';
import { accountIdOf, joinTeam } from '../support/notifier-steps.js';

const KEY = 'ak_live_alerts_shop_0001';
/** Only the bot: nothing pushed meanwhile; taps faster than a person's flood limit allows. */
const BOT_ONLY = { ROLE: 'bot', FLOOD_LIMIT: '100' };

let harness: BotUnderTest | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

interface StoredNotification {
  id: string;
  type: string;
  readAt: string | null;
}

function storedNotifications(h: BotUnderTest): StoredNotification[] {
  return (h.autocall.state(KEY)?.['notifications'] ?? []) as StoredNotification[];
}

describe('/alerts recent notifications', () => {
  it('lists the account’s notifications newest first, and marks read, deletes and marks all read on AutoCall', async () => {
    const h = (harness = await startBotUnderTest({ liveKeys: [KEY], env: BOT_ONLY }));
    const owner = h.tg.user({ first_name: 'Aigerim', language_code: 'en' });
    await linkKey(owner, KEY);
    const lowBalance = h.autocall.emitNotification(KEY, 'LowBalance', { balance: 45.2, threshold: 100 });
    h.autocall.emitNotification(KEY, 'SMSBulkFinished', { id: 3001, name: 'Black <Friday>', type: 'bulk' });
    const total = storedNotifications(h).length;
    const unread = storedNotifications(h).filter((n) => n.readAt === null).length;

    await owner.send('/alerts');
    await owner.waitFor(/Alerts<\/b>|Alerts of the account/);
    await owner.tap('📬 Recent notifications');
    const list = await owner.waitFor(new RegExp(`Unread: ${String(unread)} of ${String(total)}`));
    expect(list.text).toMatch(/🔵 .* · SMS campaign finished: Black <Friday>\n🔵 .* · Low balance/);
    await owner.tap('›');
    await owner.waitFor((m) => JSON.stringify(m.reply_markup).includes(`"2/${String(Math.ceil(total / 8))}"`));
    await owner.tap('‹');
    await owner.waitFor((m) => JSON.stringify(m.reply_markup).includes(`"1/${String(Math.ceil(total / 8))}"`));

    await owner.tap(/^🔵 Low balance/);
    const card = await owner.waitFor(/Low balance: ₸45\.20[\s\S]*🔵 Unread/);
    expect(JSON.stringify(card.reply_markup)).toContain('Other amount');
    await owner.tap('✔️ Mark read');
    await owner.waitFor(/▫️ Read/);
    expect(storedNotifications(h).find((n) => n.id === lowBalance)?.readAt).not.toBeNull();

    await owner.tap('🗑 Delete');
    await owner.waitFor(new RegExp(`Unread: ${String(unread - 1)} of ${String(total - 1)}`));
    expect(storedNotifications(h).some((n) => n.id === lowBalance)).toBe(false);

    await owner.tap('✔️ Mark all read');
    await owner.waitFor(new RegExp(`Unread: 0 of ${String(total - 1)}`));
    expect(storedNotifications(h).filter((n) => n.readAt === null)).toEqual([]);
    const audit = await h.app.deps.store.audit.list(await accountIdOf(h, owner), { limit: 5 });
    expect(audit.entries[0]).toMatchObject({ action: 'notification.delete', target: lowBalance, actorId: owner.id });
    h.tg.expectNoViolations();
  });

  it('lets a viewer read the list but not delete', async () => {
    const h = (harness = await startBotUnderTest({ liveKeys: [KEY], env: BOT_ONLY }));
    const owner = h.tg.user({ first_name: 'Aigerim', language_code: 'en' });
    await linkKey(owner, KEY);
    const viewer = h.tg.user({ first_name: 'Dana', language_code: 'en' });
    await joinTeam(h, viewer, await accountIdOf(h, owner), 'viewer');
    const id = h.autocall.emitNotification(KEY, 'LowBalance', { balance: 45.2, threshold: 100 });

    await viewer.send('/alerts');
    await viewer.waitFor(/You receive: nothing/);
    await viewer.tap('📬 Recent notifications');
    await viewer.waitFor(/Unread:/);
    await viewer.tap(/^🔵 Low balance/);
    await viewer.waitFor(/🔵 Unread/);
    const answer = await viewer.tap('🗑 Delete');
    expect(answer.text).toContain('cannot do this');
    expect(storedNotifications(h).some((n) => n.id === id)).toBe(true);
    h.tg.expectNoViolations();
  });
});
