/**
 * `/audit` for the owner: what the team did — key linked, invites, joins, a role change, a top-up link, flash
 * calls, a group bound — newest first, paged, filtered by action and by person, and exported as CSV with the same
 * entries. Other roles are refused, and the log is never shown in a group.
 */
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { buttonLabels, joinTeam, linkKey } from '../support/journeys.js';

const KEY = 'ak_live_audit_log_0123456789';
/** The owner taps through the log faster than people do: neither the bot's flood limit nor Telegram's may drop a tap. */
const FAST = { env: { FLOOD_LIMIT: '1000' }, telegram: { rateLimits: { privateChatBurst: 1000 } } } as const;

let harness: BotUnderTest | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

describe('/audit', () => {
  it('records what the team does, pages and filters it, and exports it as CSV', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY], ...FAST });
    const bot = harness.tg.botInfo.username;
    const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    const sveta = harness.tg.user({ first_name: 'Sveta', language_code: 'en' });
    const marat = harness.tg.user({ first_name: 'Marat', language_code: 'en' });
    await linkKey(owner, KEY);
    await joinTeam(owner, sveta, 'support');
    await joinTeam(owner, marat, 'viewer');
    await owner.send('/team');
    await owner.waitFor(/Team of the account/);
    await owner.tap(/Marat/);
    await owner.waitFor(/Role: viewer/);
    await owner.tap('Make manager');
    await owner.waitFor(/Role: manager/);
    await marat.send('/audit');
    await marat.waitFor(/Your role \(manager\) cannot do this/);
    await marat.send('/topup');
    await marat.waitFor(/How much to top up/);
    await marat.tap(/5,000/);
    await marat.waitFor(/Pay ₸5,000/);
    for (const number of ['87011234567', '87471234567', '87771234567']) {
      await sveta.send(`/flash ${number}`);
      await sveta.waitFor(/Flash call sent/);
    }
    const group = harness.tg.group({ title: 'Desk' });
    group.add(owner, 'member');
    await owner.in(group).send(`/bind@${bot}`);
    await owner.in(group).waitFor(/now works with the account/);

    await owner.send('/audit');
    const first = await owner.waitFor(/Audit log of/);
    const lines = (first.text ?? '').split('\n');
    expect(lines[1]).toBe('Action: all · Person: everyone');
    expect(lines[3]).toBe('Entries 1–8, newest first:');
    const entries = lines.slice(4);
    expect(entries).toHaveLength(8);
    expect(entries[0]).toMatch(/ · Owner · 👥 Group bound · Desk \(-?\d+\) ✅$/);
    expect(entries[1]).toMatch(/ · Sveta · ⚡ Flash call · \+77771234567 ✅ \d{4}$/);
    expect(entries[4]).toMatch(/ · Marat · 💳 Payment link · 5000 ✅$/);
    expect(entries[5]).toMatch(/ · Owner · 👥 Role changed · Marat \(\d+\) → manager ✅$/);
    expect(buttonLabels(first)).toEqual(['🔎 Action', '👤 Person', '›', '⬇️ Export CSV']);

    await owner.tap('›');
    const second = await owner.waitFor(/Entries 9–\d+/);
    const older = (second.text ?? '').split('\n').slice(4);
    expect(older.some((line) => line.includes('✉️ Invite · support'))).toBe(true);
    expect(older.some((line) => line.includes('👋 Joined'))).toBe(true);
    expect(older.at(-1)).toMatch(/ · Owner · 🔑 Key linked/);
    expect(buttonLabels(second)).toEqual(['🔎 Action', '👤 Person', '‹', '⬇️ Export CSV']);

    await owner.tap('🔎 Action');
    const actions = await owner.waitFor(/Show which action/);
    expect(buttonLabels(actions)).toEqual(expect.arrayContaining(['All actions', '⚡ Flash call', '👥 Group bound', '🔑 Key linked', '« Back']));
    await owner.tap('⚡ Flash call');
    const flashes = await owner.waitFor(/Action: ⚡ Flash call · Person: everyone/);
    expect((flashes.text ?? '').split('\n').slice(4)).toHaveLength(3);
    await owner.tap('👤 Person');
    const people = await owner.waitFor(/Show whose actions/);
    expect(buttonLabels(people)).toEqual(['Everyone', 'Owner', 'Sveta', 'Marat', '« Back']);
    await owner.tap('Owner');
    await owner.waitFor(/Action: ⚡ Flash call · Person: Owner\n\nNo entries match the filter\./);
    await owner.tap('✖ Clear filters');
    await owner.waitFor(/Action: all · Person: everyone/);
    await owner.tap('👤 Person');
    await owner.waitFor(/Show whose actions/);
    await owner.tap('Sveta');
    await owner.waitFor(/Person: Sveta\n\nEntries 1–4/);

    await owner.tap('⬇️ Export CSV');
    const file = await owner.waitFor((message) => message.media?.kind === 'document');
    expect(file.caption).toBe(`Audit log of “${/“(.+)”/.exec(first.text ?? '')?.[1] ?? ''}”: 4 entries.`);
    const records: string[][] = parse(Buffer.from(file.media?.bytes ?? []), { bom: true, delimiter: ';' });
    const [header, ...rows] = records;
    expect(header).toEqual(['time_almaty', 'user_id', 'user_name', 'action', 'target', 'result', 'detail']);
    expect(rows.map((row) => [row[1], row[2], row[3], row[4], row[5]])).toEqual([
      [String(sveta.id), 'Sveta', 'flash.send', '+77771234567', 'ok'],
      [String(sveta.id), 'Sveta', 'flash.send', '+77471234567', 'ok'],
      [String(sveta.id), 'Sveta', 'flash.send', '+77011234567', 'ok'],
      [String(sveta.id), 'Sveta', 'team.join', 'support', 'ok'],
    ]);
    expect(rows[0]?.[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    harness.tg.expectNoViolations();
  });
  it('keeps who unlinked the key: linking the same key again continues the log with the unlink in it', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY], ...FAST });
    const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
    const sveta = harness.tg.user({ first_name: 'Sveta', language_code: 'en' });
    await linkKey(owner, KEY);
    await joinTeam(owner, sveta, 'support');
    await sveta.send('/flash 87011234567');
    await sveta.waitFor(/Flash call sent/);

    await owner.send('/logout');
    await owner.waitFor(/Unlink the account/);
    await owner.tap('Unlink');
    await owner.waitFor(/is unlinked and its key removed\. Its audit log is kept for 90 days/);
    await sveta.send('/flash 87011234567');
    await sveta.waitFor(/no account|link/i);

    await linkKey(owner, KEY);
    await owner.send('/audit');
    const log = await owner.waitFor(/Audit log of/);
    const entries = (log.text ?? '').split('\n').slice(4);
    expect(entries).toHaveLength(6);
    expect(entries[0]).toMatch(/ · Owner · 🔑 Key linked · /);
    expect(entries[1]).toMatch(/ · Owner · 🔑 Key unlinked · /);
    expect(entries[2]).toMatch(/ · Sveta · ⚡ Flash call · \+77011234567 ✅/);
    expect(entries[3]).toMatch(/ · Sveta · 👋 Joined · support ✅$/);
    expect(entries[4]).toMatch(/ · Owner · ✉️ Invite · support ✅$/);
    expect(entries[5]).toMatch(/ · Owner · 🔑 Key linked · /);
    harness.tg.expectNoViolations();
  });
});
