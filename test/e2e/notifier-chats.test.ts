/**
 * The notifier's chats end to end: groups and forum topics subscribed from inside, a member who blocked the bot
 * (paused, owner told, resumed when they write again), and Telegram's flood control honoured without loss.
 */
import { describe, expect, it } from 'vitest';
import { alertsArrive, botMessagesMatching, joinTeam, linkedOwner, notifierBots, rentedUntil, teamMember } from '../support/notifier-steps.js';

const KEY = 'ak_live_notifier_shop_0001';
/** A completed campaign of the seeded sandbox account. */
const CAMPAIGN = { id: 1001, name: 'Акция выходного дня' };
const start = notifierBots(KEY);


describe('notifier chats', () => {
  it('pushes to a subscribed group and forum topic in the subscriber’s language, and stops after unsubscribing', async () => {
    const h = await start({ NOTIFIER_GROUP_INTERVAL_MS: '300' });
    const { owner, accountId } = await linkedOwner(h, KEY, 'Айгерім', 'kk');
    const manager = h.tg.user({ first_name: 'Ержан', language_code: 'en' });
    const viewer = h.tg.user({ first_name: 'Dana', language_code: 'en' });
    await joinTeam(h, manager, accountId, 'manager');
    await joinTeam(h, viewer, accountId, 'viewer');
    const group = h.tg.group({ title: 'Ops & Sales', forum: true });
    group.add(owner, 'administrator').add(manager, 'member').add(viewer, 'member');
    const topic = group.createTopic('Alerts');
    const inGroup = owner.in(group);
    const inTopic = manager.in(group, { topic });
    const general = () => group.messages().filter((m) => m.message_thread_id === undefined);
    const topicMessages = () => inTopic.messages();

    await viewer.in(group).send('/alerts');
    await viewer.in(group).waitFor(/Your role \(viewer\) cannot do this/);
    await inGroup.send(`/alerts@${h.tg.botInfo.username}`);
    await inGroup.waitFor(/Жазылым жоқ/);
    await inGroup.tap('🔔 Осы чатты жазу');
    await inGroup.waitFor(/Жазылым: Қоңырау шалу аяқталды, Баланс аз/);
    await inTopic.send('/alerts');
    await inTopic.waitFor(/Not subscribed/);
    await inTopic.tap('🔔 Subscribe this chat');
    await inTopic.waitFor(/Subscribed:/);
    await inTopic.tap('⚙️ Choose types');
    await inTopic.waitFor(/What to send to this topic/);
    await inTopic.tap('▫️ SMS campaign finished');
    await inTopic.waitFor((m) => JSON.stringify(m.reply_markup).includes('✅ SMS campaign finished'));

    h.autocall.emitNotification(KEY, 'LowBalance', { balance: 40, threshold: 100 });
    await alertsArrive(general, /⚠️ Баланс аз/);
    await alertsArrive(topicMessages, /⚠️ Low balance/);
    h.autocall.emitNotification(KEY, 'SMSBulkFinished', { id: 3002, name: 'Наурыз', type: 'bulk' });
    await alertsArrive(topicMessages, /SMS campaign finished: Наурыз/);

    await inGroup.send('/alerts');
    await inGroup.waitFor(/Жазылым:/);
    await inGroup.tap('🔕 Жазылымнан шығу');
    await inGroup.waitFor(/Жазылым жоқ/);
    h.autocall.emitNotification(KEY, 'LowBalance', { balance: 30, threshold: 100 });
    await alertsArrive(topicMessages, /⚠️ Low balance/, 2);
    expect(botMessagesMatching(general(), /⚠️ Баланс аз/)).toHaveLength(1);
    expect(botMessagesMatching(general(), /SMS таратылымы аяқталды:/)).toEqual([]);
    expect(await h.app.deps.store.notifier.listChatSubscriptions(group.id)).toMatchObject([{ threadId: topic.message_thread_id, lang: 'en', title: 'Ops & Sales' }]);
    const audit = await h.app.deps.store.audit.list(accountId, { limit: 20 });
    expect(audit.entries.map((e) => e.action)).toEqual(expect.arrayContaining(['alerts.subscribe', 'alerts.types', 'alerts.unsubscribe']));
    h.tg.expectNoViolations();
  });

  it('pauses a member who blocked the bot, tells the owner, and resumes when they write again', async () => {
    const h = await start();
    const { owner, accountId } = await linkedOwner(h, KEY);
    const manager = await teamMember(h, accountId, 'Болат', 'ru');
    h.tg.block(manager);

    h.autocall.emitNotification(KEY, 'LowBalance', { balance: 45.2, threshold: 100 });
    await alertsArrive(() => owner.messages(), /Low balance/);
    await alertsArrive(() => owner.messages(), /to Болат are paused/);
    const paused = await h.app.deps.store.notifier.listChatSubscriptions(manager.id);
    expect(paused).toMatchObject([{ accountId, paused: true }]);
    expect(h.tg.rejections.some((r) => r.error.kind === 'blocked')).toBe(true);

    await manager.send('снова тут');
    await expect.poll(async () => (await h.app.deps.store.notifier.listChatSubscriptions(manager.id))[0]?.paused).toBe(false);
    h.autocall.emitNotification(KEY, 'AutocallFinished', { ...CAMPAIGN, type: 'autocall' });
    await manager.waitFor(/Обзвон завершён/);
    expect(botMessagesMatching(manager.messages(), /Низкий баланс/)).toEqual([]);
    h.tg.expectNoViolations();
  });

  it('waits out a storm of 429s and still delivers every notification once', async () => {
    const h = await start();
    const { owner } = await linkedOwner(h, KEY);
    h.tg.forceRateLimit(4, 1);
    h.autocall.emitNotification(KEY, 'LowBalance', { balance: 45.2, threshold: 100 });
    h.autocall.emitNotification(KEY, 'AutocallFinished', { ...CAMPAIGN, type: 'autocall' });
    h.autocall.emitNotification(KEY, 'CallerIdExpiringSoon', { id: 7, number: '+77012345678', rented_until: rentedUntil(h, 2) });
    await alertsArrive(() => owner.messages(), /Low balance|Campaign finished|Caller ID/, 3, 15_000);
    expect(h.tg.rejections.filter((r) => r.error.error_code === 429)).toHaveLength(4);
    const floodWaits = await h.app.deps.metrics.registry.getSingleMetric('notifier_telegram_flood_waits_total')?.get();
    expect(floodWaits?.values[0]?.value).toBeGreaterThanOrEqual(1);
    h.tg.expectNoViolations();
  });

  it('logs and skips a message Telegram refuses (a forum topic deleted since), and still delivers to the others', async () => {
    const h = await start();
    const { owner, accountId } = await linkedOwner(h, KEY);
    const group = h.tg.group({ title: 'Ops', forum: true });
    group.add(owner, 'administrator');
    await h.app.deps.store.notifier.subscribe({ chatId: group.id, threadId: 999_999, accountId, types: ['LowBalance'], lang: 'en', title: 'Ops' });
    h.autocall.emitNotification(KEY, 'LowBalance', { balance: 45.2, threshold: 100 });
    await alertsArrive(() => owner.messages(), /Low balance/);
    await expect.poll(async () => (await h.app.deps.metrics.registry.getSingleMetric('notifier_notifications_failed_total')?.get())?.values.find((v) => v.labels['reason'] === 'rejected')?.value).toBe(1);
    expect(h.logs()).toContain('Telegram refused the message');
    expect(h.tg.violations.map((v) => v.error)).toEqual([expect.stringContaining('message thread not found')]);
  });
});
