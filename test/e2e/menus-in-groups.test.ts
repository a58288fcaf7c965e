/**
 * The menus in a team's bound forum group: a command addressed to the bot inside a topic is answered in that
 * topic, threaded to the request; paging, a card and Refresh edit that one message; files and the dashboard land
 * in the same topic. Every tap is checked for the person who taps, not the one who opened the menu: a viewer
 * browses but cannot delete through a manager's card, and someone without a role changes nothing.
 */
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { buttonLabels, createCallCampaign, createSmsCampaign, joinTeam, type OwnerSession, pngSize, startAsOwner, testRecipients } from '../support/journeys.js';
import type { ChatMessage } from '../support/telegram/index.js';

const KEY = 'ak_live_menus_groups_0123456789';
/** Journeys tap faster than people: neither the bot's flood limit nor Telegram's may drop or delay a step. */
const FAST = { env: { FLOOD_LIMIT: '1000' }, telegram: { rateLimits: { privateChatBurst: 1000, groupPerMinute: 1000 } } } as const;

let session: OwnerSession | undefined;
afterEach(async () => {
  await session?.stop();
  session = undefined;
});

/** A bound forum group with an "Ops" topic; the owner, a manager, a viewer and a stranger are members. */
async function teamInTopic() {
  session = await startAsOwner(KEY, FAST);
  const { harness, owner } = session;
  const bot = harness.tg.botInfo.username;
  const manager = harness.tg.user({ first_name: 'Marat', language_code: 'en' });
  const viewer = harness.tg.user({ first_name: 'Vera', language_code: 'en' });
  const stranger = harness.tg.user({ first_name: 'Stan', language_code: 'en' });
  await joinTeam(owner, manager, 'manager');
  await joinTeam(owner, viewer, 'viewer');
  const group = harness.tg.group({ title: 'Call centre', forum: true });
  for (const user of [owner, manager, viewer, stranger]) group.add(user, 'member');
  await owner.in(group).send(`/bind@${bot}`);
  await owner.in(group).waitFor(/This group now works with the account/);
  const ops = group.createTopic('Ops');
  const at = { topic: ops };
  return { ...session, bot, group, ops, manager: manager.in(group, at), viewer: viewer.in(group, at), stranger: stranger.in(group, at) };
}

function inTopic(message: ChatMessage, thread: number, request?: { message_id: number }): void {
  expect(message.message_thread_id).toBe(thread);
  if (request) expect(message.reply_to_message_id).toBe(request.message_id);
}

describe('menus in a bound forum group', () => {
  it('keeps /campaigns in its topic, edits it in place, and checks each tap against the tapper\'s role', async () => {
    const { harness, api, bot, ops, manager, viewer, stranger } = await teamInTopic();
    for (let i = 1; i <= 10; i++) await createCallCampaign(api, `Topic ${i}`, testRecipients('701', 7000 + i, 1));
    const thread = ops.message_thread_id;

    const request = await manager.send(`/campaigns@${bot}`);
    const list = await manager.waitFor(/Call campaigns/);
    inTopic(list, thread, request);
    expect(list.text).toMatch(/Page 1 of 2/);

    await manager.tap('›');
    const second = await manager.waitFor(/Page 2 of 2/);
    expect(second.message_id).toBe(list.message_id);
    await manager.tap(/Topic 1 ·/);
    const card = await manager.waitFor(/Status: 🛡 in moderation/);
    expect(card.message_id).toBe(list.message_id);
    expect(buttonLabels(card)).toContain('🗑 Delete');
    expect((await manager.tap('🔄 Refresh')).text).toBe('Nothing has changed.');

    // The viewer browses the manager's menu, but its Delete is refused on the server for them.
    const edits = card.edits.length;
    const refused = await viewer.tap('🗑 Delete');
    expect(refused).toMatchObject({ show_alert: true, text: 'Your role (viewer) cannot do this. It needs manager or higher.' });
    expect(viewer.lastMessage()?.edits).toHaveLength(edits);
    await viewer.tap('« To the list');
    // The viewer's view of the topic saw the list when it was first sent: only an edit after the card counts.
    const back = await viewer.waitFor((message) => message.message_id === list.message_id && message.edits.length > edits && /Call campaigns/.test(message.text ?? ''));
    expect(buttonLabels(back)).not.toContain('➕ New campaign');

    // Someone with no role in the account: answered politely, nothing changes.
    const before = back.edits.length;
    const outsider = await stranger.tap('‹');
    expect(outsider).toMatchObject({ show_alert: true, text: 'You have no role in this account. Ask the owner for an invite.' });
    expect(stranger.lastMessage()?.edits).toHaveLength(before);
    const topic1 = (await api.autocalls.list({ order: 'desc' })).data.find((campaign) => campaign.name === 'Topic 1');
    expect(topic1?.status).toBe('moderation');

    // The export CSV lands in the topic too.
    await manager.tap(/Topic 1 ·/);
    await manager.waitFor((message) => message.edits.length > back.edits.length && /Status: 🛡 in moderation/.test(message.text ?? ''));
    await manager.tap('⬇️ Export CSV');
    const file = await manager.waitFor((message) => message.media?.kind === 'document');
    inTopic(file, thread);
    expect(parse(Buffer.from(file.media?.bytes ?? new Uint8Array()), { bom: true, delimiter: ';' }).length).toBeGreaterThan(1);
    harness.tg.expectNoViolations();
  });

  it('runs a typed wizard step in the topic by reply: plain messages are hidden by privacy mode, and the prompt says so', async () => {
    const { harness, api, bot, ops, manager } = await teamInTopic();
    await manager.send(`/lists@${bot}`);
    await manager.waitFor(/Contact lists/);
    await manager.tap(/VIP/);
    await manager.waitFor(/Numbers: 5/);
    await manager.tap(/Rename/);
    const prompt = await manager.waitFor(/Send a new name for the list/);
    expect(prompt.message_thread_id).toBe(ops.message_thread_id);
    expect(prompt.text).toMatch(/↩️ In a group, answer by replying to this message\.$/);

    const botCalls = () => harness.tg.calls.filter((call) => call.method !== 'getUpdates').length;
    const before = botCalls();
    await manager.send('Not heard');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(botCalls()).toBe(before);
    await manager.send('VIP клиенты', { replyTo: prompt.message_id });
    await manager.waitFor('Renamed: “VIP” → “VIP клиенты”');
    expect((await api.lists.list()).data.map((list) => list.name)).toContain('VIP клиенты');
    harness.tg.expectNoViolations();
  });

  it('keeps /lists, its export, /balance and the /dashboard chart in the topic, each tap checked for the tapper', async () => {
    const { harness, api, bot, ops, manager, viewer, stranger } = await teamInTopic();
    const thread = ops.message_thread_id;

    const listsRequest = await manager.send(`/lists@${bot}`);
    const lists = await manager.waitFor(/Contact lists/);
    inTopic(lists, thread, listsRequest);
    await manager.tap(/VIP/);
    const listCard = await manager.waitFor(/Numbers: 5/);
    expect(listCard.message_id).toBe(lists.message_id);
    const vip = (await api.lists.list()).data.find((list) => list.name === 'VIP');

    // The manager's card offers Delete list; the viewer's tap on it is refused on the server, the list stays.
    const refused = await viewer.tap(/Delete list/);
    expect(refused).toMatchObject({ show_alert: true, text: 'Your role (viewer) cannot do this. It needs manager or higher.' });
    expect((await api.lists.get(vip?.id ?? 0)).contacts_count).toBe(5);
    await viewer.tap(/Export CSV/);
    const file = await viewer.waitFor((message) => message.media?.file_name === 'VIP.csv');
    inTopic(file, thread);
    expect(parse(Buffer.from(file.media?.bytes ?? new Uint8Array()), { bom: true, delimiter: ';' })).toHaveLength(6);
    // Once the file is out, the live message is the card again.
    await viewer.waitFor((message) => message.message_id === lists.message_id && /Numbers: 5/.test(message.text ?? ''));
    expect(await stranger.tap(/Export CSV/)).toMatchObject({ show_alert: true, text: 'You have no role in this account. Ask the owner for an invite.' });
    expect(harness.tg.calls.filter((call) => call.method === 'sendDocument')).toHaveLength(1);

    const balanceRequest = await manager.send(`/balance@${bot}`);
    const balance = await manager.waitFor(/Balance of/);
    inTopic(balance, thread, balanceRequest);

    const dashboardRequest = await viewer.send(`/dashboard@${bot}`);
    const chart = await viewer.waitFor((message) => message.media?.kind === 'photo');
    inTopic(chart, thread, dashboardRequest);
    expect(pngSize(chart.media?.bytes ?? new Uint8Array())).toEqual({ width: 2000, height: 1200 });
    expect(await stranger.tap('🔄 Refresh')).toMatchObject({ show_alert: true, text: 'You have no role in this account. Ask the owner for an invite.' });
    await viewer.tap('🔄 Refresh');
    const fresh = await viewer.waitFor((message) => message.media?.kind === 'photo' && message.message_id !== chart.message_id);
    inTopic(fresh, thread);
    harness.tg.expectNoViolations();
  });

  it('sends an SMS export with its progress, a sound and a scenario file into the topic the menu is in', async () => {
    const { harness, api, bot, ops, manager } = await teamInTopic();
    const thread = ops.message_thread_id;
    const id = await createSmsCampaign(api, 'Topic SMS', testRecipients('705', 3000, 35));
    harness.autocall.clock.advance(10 * 60_000);

    await manager.send(`/bulks@${bot}`);
    await manager.waitFor(/SMS campaigns/);
    await manager.tap(/Topic SMS/);
    await manager.waitFor(/Status: /);
    await manager.tap('⬇️ Export CSV');
    const file = await manager.waitFor((message) => message.media?.file_name === `sms-${id}-messages.csv`);
    inTopic(file, thread);
    const progress = await manager.waitFor(/Exported “Topic SMS”: 35 rows/);
    inTopic(progress, thread);

    await manager.send(`/sounds@${bot}`);
    await manager.waitFor(/Audio: /);
    await manager.tap(/Акция выходного дня/);
    await manager.waitFor(/Moderation: ✓ approved/);
    await manager.tap(/Listen/);
    inTopic(await manager.waitFor((message) => message.media?.file_name === 'Акция выходного дня.wav'), thread);

    await manager.send(`/scenarios@${bot}`);
    await manager.waitFor(/scenarios/i);
    await manager.tap(/Опрос качества/);
    await manager.waitFor(/Moderation: ✓ approved/);
    await manager.tap(/JSON file/);
    inTopic(await manager.waitFor((message) => message.media?.file_name === 'Опрос качества.json'), thread);
    harness.tg.expectNoViolations();
  });
});
