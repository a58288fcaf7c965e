import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { type AutocallApi } from '../../src/api/index.js';
import { listData } from '../../src/bot/features/lists/callbacks.js';
import { links } from '../../src/bot/links.js';
import { formatPhone } from '../../src/domain/phone/index.js';
import type { BotUnderTest } from '../support/bot-under-test.js';
import { acceptInvite, buttonLabels, createInvite } from '../support/journeys.js';
import { ownerSessions } from '../support/menu-steps.js';
import type { ChatMessage, FakeUser } from '../support/telegram/index.js';

const KEY = 'ak_live_lists_0123456789abcdef';

const session = ownerSessions(KEY, { env: { FLOOD_LIMIT: '1000' } });

/** The bot, an owner speaking English with the key linked, and the SDK on the same sandbox account. */
async function start(): Promise<{ h: BotUnderTest; owner: FakeUser; api: AutocallApi; accountId: string }> {
  const { harness: h, owner, api, accountId } = await session();
  return { h, owner, api, accountId };
}

async function allLists(api: AutocallApi) {
  const first = await api.lists.list({ order: 'desc' });
  const rest = await Promise.all(Array.from({ length: first.last_page - 1 }, (_, i) => api.lists.list({ order: 'desc', page: i + 2 })));
  return [first, ...rest].flatMap((page) => page.data);
}

async function listNamed(api: AutocallApi, name: string) {
  const list = (await allLists(api)).find((item) => item.name === name);
  if (!list) throw new Error(`no list ${name}`);
  return list;
}

async function contactsOf(api: AutocallApi, listId: number) {
  const first = await api.lists.get(listId);
  const pages = first.contacts?.last_page ?? 1;
  const rest = await Promise.all(Array.from({ length: pages - 1 }, (_, i) => api.lists.get(listId, { page: i + 2 })));
  return [first, ...rest].flatMap((list) => list.contacts?.data ?? []);
}

const numbers = (count: number, from: number) => Array.from({ length: count }, (_, i) => `+7701${String(from + i).padStart(7, '0')}`);

function callbackOf(message: ChatMessage, label: RegExp): string | undefined {
  const markup = message.reply_markup;
  if (!markup || !('inline_keyboard' in markup)) return undefined;
  const button = markup.inline_keyboard.flat().find((b) => label.test(b.text));
  return button && 'callback_data' in button ? button.callback_data : undefined;
}

describe('/lists', () => {
  it('pages through lists newest first across the server\'s pages, opens a card and pages its contacts', async () => {
    const { h, owner, api, accountId } = await start();
    for (const [i, chunk] of [numbers(2, 100), numbers(3, 200)].entries()) {
      for (let n = 0; n < 9; n++) await api.lists.create({ name: `Batch ${i}-${n}`, numbers: chunk.map((number) => ({ number })) });
    }
    const expected = await allLists(api);
    expect(expected.length).toBe(21);

    await owner.send('/lists');
    const first = await owner.waitFor(/Contact lists: 21 · page 1 of 3/);
    const names = (message: ChatMessage) => buttonLabels(message).filter((label) => label.startsWith('📋')).map((label) => label.replace(/^📋 (.*) · \d+$/, '$1'));
    expect(names(first)).toEqual(expected.slice(0, 8).map((list) => list.name));
    // Just created: AutoCall is still importing them.
    expect(first.text).toContain('1. Batch 1-8 — numbers: 3 · ⏳ importing');
    await owner.tap('›');
    const second = await owner.waitFor(/page 2 of 3/);
    // Rows 9–16 straddle the sandbox's pages of 15.
    expect(names(second)).toEqual(expected.slice(8, 16).map((list) => list.name));
    await owner.tap('›');
    const third = await owner.waitFor(/page 3 of 3/);
    expect(names(third)).toEqual(expected.slice(16).map((list) => list.name));
    expect(buttonLabels(third)).not.toContain('›');

    const almaty = await listNamed(api, 'Клиенты Алматы');
    await owner.tap(/Клиенты Алматы/);
    const card = await owner.waitFor(/Numbers: 12/);
    expect(card.text).toContain('Клиенты Алматы');
    expect(card.text).toContain('Nonexistent numbers: 1');
    expect(callbackOf(card, /Call this list/)).toBe(links.callList(accountId, almaty.id));
    expect(callbackOf(card, /SMS this list/)).toBe(links.smsList(accountId, almaty.id));
    expect(callbackOf(card, /Append numbers/)).toBe(links.appendToList(accountId, almaty.id));

    const contacts = await contactsOf(api, almaty.id);
    await owner.tap(/Contacts/);
    const page1 = await owner.waitFor(/12 contacts · page 1 of 2/);
    for (const contact of contacts.slice(0, 8)) expect(page1.text).toContain(formatPhone(contact.number));
    await owner.tap('›');
    const page2 = await owner.waitFor(/page 2 of 2/);
    for (const contact of contacts.slice(8)) expect(page2.text).toContain(formatPhone(contact.number));
    expect(page2.text).toContain(contacts[8]?.extra ?? '?');
    h.tg.expectNoViolations();
  });

  it('shows a contact with its variables and deletes it after a confirmation', async () => {
    const { h, owner, api, accountId } = await start();
    const debtors = await listNamed(api, 'Должники — март');
    const [contact] = await contactsOf(api, debtors.id);
    if (!contact) throw new Error('the seeded list is empty');

    await owner.send('/lists');
    await owner.waitFor(/Contact lists/);
    await owner.tap(/Должники — март/);
    await owner.waitFor(/Numbers: 8/);
    await owner.tap(/Contacts/);
    await owner.waitFor(/8 contacts · page 1 of 1/);
    await owner.tap(`1. ${formatPhone(contact.number)}`);
    const details = await owner.waitFor(/Variables:/);
    expect(details.text).toContain(contact.extra ?? '?');
    for (const [key, value] of Object.entries(contact.variables ?? {})) expect(details.text).toContain(`${key} = ${value}`);
    await owner.tap(/Delete contact/);
    await owner.waitFor(/Delete .* from the list\?/);
    await owner.tap(/Yes, delete/);
    const after = await owner.waitFor(/is removed from the list/);
    expect(after.text).toContain('7 contacts');
    expect((await contactsOf(api, debtors.id)).map((c) => c.id)).not.toContain(contact.id);
    const [entry] = (await h.app.deps.store.audit.list(accountId, { limit: 1 })).entries;
    expect(entry).toMatchObject({ action: 'list.contact.delete', result: 'ok' });
    h.tg.expectNoViolations();
  });

  it('deletes the nonexistent numbers operators reported', async () => {
    const { h, owner, api } = await start();
    const almaty = await listNamed(api, 'Клиенты Алматы');
    const [deadId] = almaty.nonexistent ?? [];
    const dead = await api.contacts.get(deadId ?? 0);

    await owner.send('/lists');
    await owner.waitFor(/Contact lists/);
    await owner.tap(/Клиенты Алматы/);
    await owner.waitFor(/Nonexistent numbers: 1/);
    await owner.tap(/Nonexistent numbers \(1\)/);
    const view = await owner.waitFor(/Nonexistent numbers in/);
    expect(view.text).toContain(formatPhone(dead.number));
    await owner.tap(/Delete them from the list/);
    const card = await owner.waitFor(/Nonexistent numbers deleted from the list: 1/);
    expect(card.text).toContain('Numbers: 11');
    expect(buttonLabels(card).some((label) => label.includes('Nonexistent'))).toBe(false);
    const now = await api.lists.get(almaty.id);
    expect(now.contacts_count).toBe(11);
    expect(now.nonexistent ?? []).toEqual([]);
    expect((await contactsOf(api, almaty.id)).map((c) => c.number)).not.toContain(dead.number);
    h.tg.expectNoViolations();
  });

  it('keeps the nonexistent numbers and clears the mark; a stale button then says there are none', async () => {
    const { h, owner, api, accountId } = await start();
    const almaty = await listNamed(api, 'Клиенты Алматы');
    await owner.send('/lists');
    await owner.waitFor(/Contact lists/);
    await owner.tap(/Клиенты Алматы/);
    await owner.waitFor(/Nonexistent numbers: 1/);
    await owner.tap(/Nonexistent numbers \(1\)/);
    await owner.waitFor(/Nonexistent numbers in/);
    await owner.tap(/Keep them/);
    await owner.waitFor(/The numbers are kept \(1\); the mark is cleared/);
    const now = await api.lists.get(almaty.id);
    expect(now.contacts_count).toBe(12);
    expect(now.nonexistent ?? []).toEqual([]);
    // A Delete button kept from before: nothing is deleted, the card says why.
    await owner.pressCallback(listData('nonexistentDelete', accountId, almaty.id));
    await owner.waitFor(/This list has no nonexistent numbers/);
    expect((await api.lists.get(almaty.id)).contacts_count).toBe(12);
    h.tg.expectNoViolations();
  });

  it('exports a list across the server\'s pages as CSV with every variable, parsed back equal to the sandbox', async () => {
    const { h, owner, api } = await start();
    const entries = numbers(40, 500).map((number, i) => ({
      number,
      extra: i % 3 === 0 ? `Клиент "${i}"; ТОО «Ромашка»` : `Client ${i}`,
      ...(i % 2 === 0 ? { variables: { name: `Имя ${i}`, debt: String(1000 + i) } } : { variables: { city: 'Алматы' } }),
    }));
    const created = await api.lists.create({ name: 'Export: 40', numbers: entries });
    h.autocall.clock.advance(5_000);

    await owner.send('/lists');
    await owner.waitFor(/Contact lists/);
    await owner.tap(/Export: 40/);
    await owner.waitFor(/Numbers: 40/);
    await owner.tap(/Export CSV/);
    const file = await owner.waitFor((message) => message.media?.file_name === 'Export_ 40.csv');
    expect(file.caption).toContain('40 contacts');
    const rows = parse<Record<string, string>>(Buffer.from(file.media?.bytes ?? new Uint8Array()), { bom: true, delimiter: ';', columns: true });
    const sandbox = await contactsOf(api, created.id);
    expect(rows).toEqual(
      sandbox.map((contact) => ({
        phone: contact.number,
        extra: contact.extra ?? '',
        name: contact.variables?.['name'] ?? '',
        debt: contact.variables?.['debt'] ?? '',
        city: contact.variables?.['city'] ?? '',
      })),
    );
    // The live message is the card again once the file is out.
    await owner.waitFor(/Numbers: 40/);
    h.tg.expectNoViolations();
  });

  it('exports formula-like notes neutralised, so a spreadsheet shows them as text', async () => {
    const { h, owner, api } = await start();
    await api.lists.create({
      name: 'Formulas',
      numbers: [
        { number: '+77015550001', extra: '=HYPERLINK("http://x","y")' },
        { number: '+77015550002', extra: '-150' },
      ],
    });
    h.autocall.clock.advance(5_000);

    await owner.send('/lists');
    await owner.waitFor(/Contact lists/);
    await owner.tap(/Formulas/);
    await owner.waitFor(/Numbers: 2/);
    await owner.tap(/Export CSV/);
    const file = await owner.waitFor((message) => message.media?.file_name === 'Formulas.csv');
    const rows = parse<Record<string, string>>(Buffer.from(file.media?.bytes ?? new Uint8Array()), { bom: true, delimiter: ';', columns: true });
    expect(rows.map((row) => [row['phone'], row['extra']]).sort()).toEqual([
      ['+77015550001', '\'=HYPERLINK("http://x","y")'],
      ['+77015550002', '-150'],
    ]);
    await owner.waitFor(/Numbers: 2/);
    h.tg.expectNoViolations();
  });

  it('renames a list through the wizard, explaining a name that is too long; Cancel leaves it as it was', async () => {
    const { h, owner, api, accountId } = await start();
    const vip = await listNamed(api, 'VIP');
    await owner.send('/lists');
    await owner.waitFor(/Contact lists/);
    await owner.tap(/VIP/);
    await owner.waitFor(/Numbers: 5/);
    await owner.tap(/Rename/);
    await owner.waitFor(/Renaming a list · step 1\/1\n\n✏️ Send a new name for the list VIP \(up to 40 characters\)/);
    await owner.tap(/Cancel/);
    await owner.waitFor('Cancelled.');
    expect((await api.lists.get(vip.id)).name).toBe('VIP');

    await owner.tap(/Rename/);
    await owner.waitFor(/Send a new name/);
    await owner.send('x'.repeat(41));
    await owner.waitFor(/The name has 41 characters; at most 40 are allowed/);
    await owner.send('VIP <клиенты> & партнёры');
    const card = await owner.waitFor('Renamed: “VIP” → “VIP <клиенты> & партнёры”');
    expect(card.text).toContain('Numbers: 5');
    expect((await api.lists.get(vip.id)).name).toBe('VIP <клиенты> & партнёры');
    const [entry] = (await h.app.deps.store.audit.list(accountId, { limit: 1 })).entries;
    expect(entry).toMatchObject({ action: 'list.rename', target: `#${vip.id} «VIP» → «VIP <клиенты> & партнёры»`, result: 'ok' });
    h.tg.expectNoViolations();
  });

  it('deletes a list after a confirmation, and explains AutoCall\'s refusal for a list a campaign still uses', async () => {
    const { h, owner, api } = await start();
    const vip = await listNamed(api, 'VIP');
    const debtors = await listNamed(api, 'Должники — март');
    await api.bulks.create({ name: 'Later', text: 'Hello', list_id: [debtors.id], date_from: '2099-01-01' });

    await owner.send('/lists');
    await owner.waitFor(/Contact lists/);
    await owner.tap(/VIP/);
    await owner.waitFor(/Numbers: 5/);
    await owner.tap(/Delete list/);
    await owner.waitFor(/Delete the list VIP\? Numbers in it: 5/);
    await owner.tap(/Yes, delete/);
    await owner.waitFor(/The list “VIP” is deleted/);
    expect((await allLists(api)).map((list) => list.id)).not.toContain(vip.id);

    await owner.tap(/Должники — март/);
    await owner.waitFor(/Numbers: 8/);
    await owner.tap(/Delete list/);
    await owner.waitFor(/Delete the list/);
    await owner.tap(/Yes, delete/);
    await owner.waitFor(/AutoCall did not delete the list: .+/);
    expect((await allLists(api)).map((list) => list.id)).toContain(debtors.id);
    h.tg.expectNoViolations();
  });

  it('lets a viewer read and export but not change; a manager demoted meanwhile is refused on the server', async () => {
    const { h, owner, api, accountId } = await start();
    const viewer = h.tg.user({ first_name: 'Vera', language_code: 'en' });
    await acceptInvite(viewer, await createInvite(owner, /Invite: viewer/));
    const manager = h.tg.user({ first_name: 'Marat', language_code: 'en' });
    await acceptInvite(manager, await createInvite(owner, /Invite: manager/));

    await viewer.send('/lists');
    await viewer.waitFor(/Contact lists/);
    await viewer.tap(/VIP/);
    const card = await viewer.waitFor(/Numbers: 5/);
    expect(buttonLabels(card)).toEqual(['👥 Contacts', '📤 Export CSV', '« All lists']);
    await viewer.tap(/Export CSV/);
    await viewer.waitFor((message) => message.media?.file_name === 'VIP.csv');

    const vip = await listNamed(api, 'VIP');
    await manager.send('/lists');
    await manager.waitFor(/Contact lists/);
    await manager.tap(/VIP/);
    await manager.waitFor(/Numbers: 5/);
    await manager.tap(/Delete list/);
    await manager.waitFor(/Delete the list/);
    await h.app.deps.store.members.set(accountId, manager.id, 'viewer', { name: 'Marat' });
    const answer = await manager.tap(/Yes, delete/);
    expect(answer.text).toMatch(/Your role \(viewer\) cannot do this. It needs manager or higher/);
    expect((await allLists(api)).map((list) => list.id)).toContain(vip.id);

    const stranger = h.tg.user({ first_name: 'Stranger', language_code: 'en' });
    await stranger.send('/lists');
    await stranger.waitFor(/Link an AutoCall account first/);
    h.tg.expectNoViolations();
  });
});
