/**
 * The notifier end to end: the sandbox emits notifications as AutoCall would, the real app polls them and pushes
 * alerts through the fake Telegram. Each default type arrives with its text and buttons in the reader's language,
 * history from before linking never does, opt-in types reach only those who chose them, a type the bot does not
 * know yet reaches the owner and managers in a generic form, removed members get nothing, and a key AutoCall
 * refuses is marked with its owner told once.
 */
import { describe, expect, it } from 'vitest';
import { links } from '../../src/bot/links.js';
import { alertsArrive, botMessagesMatching, buttonData, joinTeam, linkedOwner, notifierBots, rentedUntil, teamMember } from '../support/notifier-steps.js';

const KEY = 'ak_live_notifier_shop_0001';
/** A completed campaign of the seeded sandbox account. */
const CAMPAIGN = { id: 1001, name: 'Акция выходного дня' };
const start = notifierBots(KEY);


describe('notifier', () => {
  it('pushes each default type with its figures and buttons, in each reader’s language, and nothing from before linking', async () => {
    const h = await start();
    const { owner, accountId } = await linkedOwner(h, KEY);
    const manager = await teamMember(h, accountId, 'Болат', 'ru');

    h.autocall.emitNotification(KEY, 'AutocallFinished', { ...CAMPAIGN, type: 'autocall' });
    const finished = await owner.waitFor(/Campaign finished/);
    expect(finished.text).toContain(`${CAMPAIGN.name} (№${CAMPAIGN.id})`);
    expect(finished.text).toMatch(/Success: \d+(\.\d)?% — \d+ of 12/);
    expect(finished.text).toMatch(/Cost: ₸187\.20/);
    expect(buttonData(finished)).toEqual([
      links.campaign(accountId, CAMPAIGN.id),
      links.campaignExport(accountId, CAMPAIGN.id),
      links.campaignRelaunch(accountId, CAMPAIGN.id),
    ]);
    const finishedRu = await manager.waitFor(/Обзвон завершён/);
    expect(finishedRu.text).toMatch(/Стоимость: 187,20\s₸/);

    h.autocall.emitNotification(KEY, 'LowBalance', { balance: 45.2, threshold: 100 });
    const low = await owner.waitFor(/Low balance/);
    expect(low.text).toContain('₸45.20');
    expect(low.text).toContain('₸100');
    expect(buttonData(low)).toEqual([links.topUpAmount(accountId, 1000), links.topUpAmount(accountId, 5000), links.topUp(accountId)]);
    await manager.waitFor(/Низкий баланс/);

    h.autocall.emitNotification(KEY, 'CallerIdExpiringSoon', { id: 7, name: '+77012345678', number: '+77012345678', rented_until: rentedUntil(h, 3) });
    const expiring = await owner.waitFor(/Caller ID rental ends soon/);
    expect(expiring.text).toMatch(/\+77012345678[\s\S]*3 days left/);
    expect(buttonData(expiring)).toEqual([links.callerIds(accountId)]);
    await manager.waitFor(/Аренда номера скоро закончится[\s\S]*осталось 3 дня/);

    // The buttons are answered by the running bot (the features behind them own what the answer says).
    await owner.tap(/Relaunch not reached/);
    await owner.tap(/5,000/);

    // The 18 notifications the account had before linking stayed history; each new one arrived once.
    const alerts = /Campaign finished|Low balance|Caller ID|Balance topped up|Charged/;
    expect(botMessagesMatching(owner.messages(), alerts).map((m) => m.text?.split('\n')[0])).toHaveLength(3);
    h.tg.expectNoViolations();
  });

  it('sends opt-in types only to those who chose them, and stops a type someone switched off', async () => {
    const h = await start();
    const { owner, accountId } = await linkedOwner(h, KEY);
    const manager = await teamMember(h, accountId, 'Болат', 'ru');

    await owner.send('/alerts');
    const overview = await owner.waitFor(/You receive: Campaign finished, Low balance, Caller ID expiring, New kinds of alerts/);
    expect(overview.text).toContain('Alerts');
    await owner.tap('⚙️ Choose types');
    await owner.waitFor(/What to send to you/);
    await owner.tap('▫️ SMS campaign finished');
    await owner.waitFor((m) => JSON.stringify(m.reply_markup).includes('✅ SMS campaign finished'));
    await owner.tap('✅ Low balance');
    await owner.waitFor((m) => JSON.stringify(m.reply_markup).includes('▫️ Low balance'));

    h.autocall.emitNotification(KEY, 'SMSBulkFinished', { id: 3001, name: 'Black Friday', type: 'bulk' });
    h.autocall.emitNotification(KEY, 'LowBalance', { balance: 12, threshold: 100 });
    const [sms] = await alertsArrive(() => owner.messages(), /SMS campaign finished: Black Friday/);
    expect(buttonData(sms)).toEqual([links.bulk(accountId, 3001)]);
    await alertsArrive(() => manager.messages(), /Низкий баланс/);
    // A notification both receive, sent after the two above: once it is in, nothing else is on its way.
    h.autocall.emitNotification(KEY, 'AutocallFinished', { ...CAMPAIGN, type: 'autocall' });
    await alertsArrive(() => owner.messages(), /Campaign finished/);
    await alertsArrive(() => manager.messages(), /Обзвон завершён/);
    expect(botMessagesMatching(owner.messages(), /Low balance:/)).toEqual([]);
    expect(botMessagesMatching(manager.messages(), /SMS-рассылка/)).toEqual([]);
    h.tg.expectNoViolations();
  });

  it('delivers a type the bot does not know yet in a generic form, to the owner and managers by default, in each one’s language', async () => {
    const h = await start();
    const { owner, accountId } = await linkedOwner(h, KEY);
    const manager = await teamMember(h, accountId, 'Болат', 'kk');
    const viewer = h.tg.user({ first_name: 'Dana', language_code: 'en' });
    await joinTeam(h, viewer, accountId, 'viewer');

    // A type a later AutoCall may add: its fields are AutoCall's words, shown as they are but never as markup.
    h.autocall.emitNotification(KEY, 'TariffChanged', { tariff: 'Business <Pro>', price_per_minute: 12.5, details: { nested: true } });
    const [alert] = await alertsArrive(() => owner.messages(), /Notification TariffChanged/);
    expect(alert?.text).toContain('tariff: Business <Pro>');
    expect(alert?.text).toContain('price_per_minute: 12.5');
    expect(alert?.entities?.some((entity) => entity.type === 'bold')).toBe(true);
    expect(buttonData(alert)).toEqual([]);
    const [kazakh] = await alertsArrive(() => manager.messages(), /Хабарлама TariffChanged/);
    expect(kazakh?.text).toContain('tariff: Business <Pro>');

    // Sent after it, to everyone: once it is in, nothing else is on its way to the viewer either.
    h.autocall.emitNotification(KEY, 'AutocallFinished', { ...CAMPAIGN, type: 'autocall' });
    await alertsArrive(() => owner.messages(), /Campaign finished/);
    expect(botMessagesMatching(viewer.messages(), /TariffChanged/)).toEqual([]);
    expect(botMessagesMatching(owner.messages(), /TariffChanged/)).toHaveLength(1);
    h.tg.expectNoViolations();
  });

  it('sends nothing to a member removed from the team', async () => {
    const h = await start();
    const { owner, accountId } = await linkedOwner(h, KEY);
    const manager = await teamMember(h, accountId, 'Bolat', 'en');
    h.autocall.emitNotification(KEY, 'LowBalance', { balance: 45.2, threshold: 100 });
    await manager.waitFor(/Low balance/);

    await h.app.deps.store.members.remove(accountId, manager.id);
    h.autocall.emitNotification(KEY, 'AutocallFinished', { ...CAMPAIGN, type: 'autocall' });
    h.autocall.emitNotification(KEY, 'CallerIdExpiringSoon', { id: 7, number: '+77012345678', rented_until: rentedUntil(h, 2) });
    await alertsArrive(() => owner.messages(), /Campaign finished|Caller ID rental ends soon/, 2);
    expect(botMessagesMatching(manager.messages(), /Campaign finished|Caller ID/)).toEqual([]);
    h.tg.expectNoViolations();
  });

  it('works without Redis too: the same polls and sends on timers in one process', async () => {
    const h = await start({}, 'memory');
    const { owner } = await linkedOwner(h, KEY);
    h.autocall.emitNotification(KEY, 'LowBalance', { balance: 45.2, threshold: 100 });
    h.autocall.emitNotification(KEY, 'AutocallFinished', { ...CAMPAIGN, type: 'autocall' });
    await alertsArrive(() => owner.messages(), /Low balance|Campaign finished/, 2);
    h.tg.forceRateLimit(1, 1);
    h.autocall.emitNotification(KEY, 'CallerIdExpiringSoon', { id: 7, number: '+77012345678', rented_until: rentedUntil(h, 2) });
    await alertsArrive(() => owner.messages(), /Caller ID rental ends soon/);
    const outbox = await h.app.deps.metrics.registry.getSingleMetric('notifier_outbox_depth')?.get();
    expect(outbox?.values[0]?.value).toBe(0);
    h.tg.expectNoViolations();
  });

  it('backs off while AutoCall fails, then delivers what it missed; marks delivered notifications read when asked', async () => {
    const h = await start({ NOTIFIER_MARK_READ: 'true' });
    const { owner } = await linkedOwner(h, KEY);
    h.autocall.faults.set({ kind: 'server-error', status: 503, path: '/api/v1/notifications', method: 'GET', times: 6 });
    const id = h.autocall.emitNotification(KEY, 'LowBalance', { balance: 45.2, threshold: 100 });
    await alertsArrive(() => owner.messages(), /Low balance/, 1, 20_000);
    const failed = await h.app.deps.metrics.registry.getSingleMetric('notifier_polls_total')?.get();
    expect(failed?.values.find((v) => v.labels['result'] === 'failed')?.value).toBeGreaterThanOrEqual(1);
    const stored = () => (h.autocall.state(KEY)?.['notifications'] as { id: string; readAt: string | null }[]).find((n) => n.id === id);
    await expect.poll(() => stored()?.readAt ?? null, { timeout: 10_000 }).not.toBeNull();
    h.tg.expectNoViolations();
  });

  it('marks a key AutoCall refuses and tells its owner once', async () => {
    const h = await start();
    const { owner, accountId } = await linkedOwner(h, KEY);
    h.autocall.revokeKey(KEY);
    const notice = await owner.waitFor(/no longer accepts the key/);
    expect(buttonData(notice)).toEqual([`relink:${accountId}`]);
    expect((await h.app.deps.store.accounts.get(accountId))?.status).toBe('needs_relink');
    // Several poll intervals later the owner still heard it once.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(botMessagesMatching(owner.messages(), /no longer accepts the key/)).toHaveLength(1);
    h.tg.expectNoViolations();
  });
});
