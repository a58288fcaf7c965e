/**
 * `/newlist` journeys: name, numbers from pasted text, a shared contact and a CSV, the review, the list in AutoCall
 * with exactly those numbers; Back, Cancel and wrong input at every step; a restart of the bot between two steps.
 */
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { links } from '../../src/bot/links.js';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { buttonLabels, joinTeam, linkKey } from '../support/journeys.js';

const KEY = 'ak_live_newlist_0123456789ab';
/** Journeys type faster than people: Telegram's flood limits and the bot's own are lifted. */
const FAST = { env: { FLOOD_LIMIT: '1000' }, telegram: { rateLimits: { privateChatBurst: 1000 } } } as const;

let harness: BotUnderTest | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

interface SandboxList {
  id: number;
  clientId: string | null;
  name: string;
  contactIds: number[];
}
interface SandboxContact {
  id: number;
  listId: number;
  number: string;
  extra: string | null;
  variables: Record<string, string> | null;
}

/** The lists and contacts the sandbox holds for the key. */
function sandboxLists(h: BotUnderTest) {
  const state = h.autocall.state(KEY) as { lists: SandboxList[]; contacts: SandboxContact[] };
  return {
    lists: state.lists,
    contactsOf: (name: string) => {
      const list = state.lists.find((l) => l.name === name);
      return list ? state.contacts.filter((c) => c.listId === list.id) : [];
    },
  };
}

async function start(): Promise<{ h: BotUnderTest; owner: ReturnType<BotUnderTest['tg']['user']> }> {
  const h = await startBotUnderTest({ liveKeys: [KEY], ...FAST });
  harness = h;
  const owner = h.tg.user({ first_name: 'Aigerim', language_code: 'en' });
  await linkKey(owner, KEY);
  return { h, owner };
}

describe('new list wizard', () => {
  it('collects pasted text, a contact and a CSV, reviews them and creates the list with exactly those numbers', async () => {
    const { h, owner } = await start();
    await owner.send('/newlist');
    const first = await owner.waitFor(/New list · step 1\/3/);
    expect(buttonLabels(first)).toEqual(['✖ Cancel']);
    await owner.send('March clients');
    await owner.waitFor(/step 2\/3/);
    await owner.send('+7 701 123 45 67 Иванов Иван\n8 (702) 123-45-67, 87051234567 — Петров\n+7 916 123 45 67');
    await owner.waitFor(/message 1: 3 added, 0 repeated, 1 with errors/);
    await owner.sendContact({ phone_number: '77071234567', first_name: 'Asel', last_name: 'K' });
    await owner.waitFor(/contact: 1 added/);
    const csv = Buffer.from('Телефон;ФИО;Сумма\r\n87011234567;Дубль;1\r\n+77751234567;Нұрлан;15000\r\n', 'utf8');
    await owner.sendDocument({ fileName: 'clients.csv', bytes: csv, mimeType: 'text/csv' });
    const afterFile = await owner.waitFor(/file “clients\.csv”: 1 added, 1 repeated, 0 with errors/);
    expect(afterFile.text).toMatch(/numbers from the “Телефон” column · note from “ФИО” · SMS variables: \{\{fio\}\}, \{\{summa\}\}/);
    expect(afterFile.text).toMatch(/In total: ✅ 5 numbers · ♻️ 1 repeated · ⚠️ 1 with errors/);
    await owner.tap('✅ Done');
    const review = await owner.waitFor(/step 3\/3/);
    expect(review.text).toMatch(/Numbers to upload: 5/);
    expect(review.text).toMatch(/Repeats removed: 1/);
    expect(review.text).toMatch(/line 3, message 1: \+7 916 123 45 67 — a Russian number/);
    // Everything bulky is in the drafts: the wizard's own state stays small (it is replayed on every update).
    const state = await h.app.deps.store.adapter<unknown>('conversations').read(`${owner.id}:${owner.id}`);
    expect(JSON.stringify(state).length).toBeLessThan(32 * 1024);
    // A double tap on Create makes one list; the second tap finds the wizard finished.
    const [, second] = await Promise.all([owner.tap(/Create the list \(5\)/), owner.tap(/Create the list \(5\)/)]);
    expect(second.text).toBe('This button is outdated. Open the section again.');
    const card = await owner.waitFor(/The list March clients is created/);
    expect(buttonLabels(card)).toEqual(['📞 Call this list', '✉️ SMS this list']);

    const contacts = sandboxLists(h).contactsOf('March clients');
    expect(contacts.map((c) => [c.number, c.extra, c.variables])).toEqual([
      ['+77011234567', 'Иванов Иван', null],
      ['+77021234567', null, null],
      ['+77051234567', 'Петров', null],
      ['+77071234567', 'Asel K', null],
      ['+77751234567', 'Нұрлан', { fio: 'Нұрлан', summa: '15000' }],
    ]);
    expect(sandboxLists(h).lists.filter((l) => l.name === 'March clients')).toHaveLength(1);
    const list = sandboxLists(h).lists.find((l) => l.name === 'March clients');
    expect(list?.clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(card.text).toContain(`ID ${String(list?.id)} · numbers: 5`);
    h.tg.expectNoViolations();
  });

  it('explains a wrong input at every step, keeps everything on Back, sends all refusals as a CSV, and cancels', async () => {
    const { h, owner } = await start();
    await owner.send('/newlist');
    await owner.waitFor(/step 1\/3/);
    await owner.sendDocument({ fileName: 'list.csv', bytes: Buffer.from('87011234567\n'), mimeType: 'text/csv' });
    await owner.waitFor(/step 1\/3\n\n⚠️ Here I expect: text\./);
    await owner.send('Должники за апрель — второй круг, Алматы и обл.');
    await owner.waitFor(/The name has 47 characters; at most 40 are allowed/);
    await owner.send('Debtors <April> & Co');
    await owner.waitFor(/step 2\/3/);

    await owner.tap('✅ Done');
    await owner.waitFor(/⚠️ There is no usable number yet/);
    await owner.send('hello, is this the right place?');
    await owner.waitFor(/⚠️ There is no number in this message/);
    await owner.sendDocument({ fileName: 'scan.pdf', bytes: Buffer.from('%PDF-1.7 scan of a list'), mimeType: 'application/pdf' });
    await owner.waitFor(/⚠️ This is not a spreadsheet/);
    await owner.sendDocument({ fileName: 'old.xls', bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), mimeType: 'application/vnd.ms-excel' });
    await owner.waitFor(/⚠️ This is an old Excel file \(XLS\)/);
    const refused = Array.from({ length: 11 }, (_, i) => `+7 916 000 00 ${String(10 + i)}`);
    await owner.send(['+7 701 000 00 01', '+7 706 123 45 67', ...refused, '8 702 000 00 02'].join('\n'));
    await owner.waitFor(/In total: ✅ 2 numbers · ♻️ 0 repeated · ⚠️ 12 with errors/);

    await owner.tap('« Back');
    const again = await owner.waitFor(/step 1\/3/);
    expect(again.text).toContain('The list is called Debtors <April> & Co now');
    expect(buttonLabels(again)).toEqual(['✓ Debtors <April> & Co', '✖ Cancel']);
    await owner.tap('✓ Debtors <April> & Co');
    await owner.waitFor(/step 2\/3[\s\S]*In total: ✅ 2 numbers/);
    await owner.tap('✅ Done');
    const review = await owner.waitFor(/step 3\/3/);
    expect(review.text).toMatch(/⚠️ Refused: 12\n• 11 — a Russian number, and AutoCall lists take Kazakhstan numbers only\n• 1 — AutoCall lists do not take code 706 \(they take codes 700, 701, 702, 705, 707/);
    expect(review.text).toMatch(/The first 10:\nline 2, message 2: \+7 706 123 45 67 — AutoCall lists do not take code 706/);
    expect(review.text).toContain('Every refused number is in the file “invalid-numbers.csv”.');
    // The document goes out just before the review replaces the prompt.
    const file = owner.messages().find((message) => message.media?.file_name === 'invalid-numbers.csv');
    const rows: string[][] = parse(Buffer.from(file?.media?.bytes ?? new Uint8Array()), { bom: true, delimiter: ';' });
    expect(rows[0]).toEqual(['Source', 'Line', 'What was written', 'Why it was refused']);
    expect(rows).toHaveLength(13);
    // Written with spaces, the number would be a formula to Excel: the CSV writer quotes it with an apostrophe.
    expect(rows[12]).toEqual(['message 2', '13', "'+7 916 000 00 20", 'a Russian number, and AutoCall lists take Kazakhstan numbers only']);

    await owner.send('create it');
    await owner.waitFor(/step 3\/3\n\n⚠️ Here I expect: a button tap\./);
    await owner.tap('« Back');
    await owner.waitFor(/step 2\/3/);
    await owner.send('/cancel');
    await owner.waitFor(/^Cancelled\.$/);
    expect(sandboxLists(h).lists.some((l) => l.name.startsWith('Debtors'))).toBe(false);
    // The refusals went out once: going back and forth with the same numbers does not resend them.
    expect(owner.messages().filter((m) => m.media?.file_name === 'invalid-numbers.csv')).toHaveLength(1);
    h.tg.expectNoViolations();
  });

  it('cancels from each step with the button, and refuses a viewer', async () => {
    const { h, owner } = await start();
    for (const steps of [0, 1, 2]) {
      await owner.send('/newlist');
      await owner.waitFor(/step 1\/3/);
      if (steps > 0) {
        await owner.send('Short');
        await owner.waitFor(/step 2\/3/);
      }
      if (steps > 1) {
        await owner.send('87011234567');
        await owner.waitFor(/In total: ✅ 1 number/);
        await owner.tap('✅ Done');
        await owner.waitFor(/step 3\/3/);
      }
      await owner.tap('✖ Cancel');
      await owner.waitFor(/^Cancelled\.$/);
    }
    expect(sandboxLists(h).lists.some((l) => l.name === 'Short')).toBe(false);

    const viewer = h.tg.user({ first_name: 'Viewer', language_code: 'en' });
    await joinTeam(owner, viewer, 'viewer');
    await viewer.send('/newlist');
    await viewer.waitFor(/Your role \(viewer\) cannot do this/);
    h.tg.expectNoViolations();
  });

  it('finishes after a restart of the bot process between two steps', async () => {
    const { h, owner } = await start();
    await owner.send('/newlist');
    await owner.waitFor(/step 1\/3/);
    await owner.send('After restart');
    await owner.waitFor(/step 2\/3/);
    await owner.send('+77011112233 Әсел\n+77021112233');
    await owner.waitFor(/In total: ✅ 2 numbers/);
    await h.restart();
    await owner.send('+77051112233');
    await owner.waitFor(/In total: ✅ 3 numbers/);
    await owner.tap('✅ Done');
    await owner.waitFor(/step 3\/3/);
    await h.restart();
    await owner.tap(/Create the list/);
    await owner.waitFor(/The list After restart is created/);
    expect(sandboxLists(h).contactsOf('After restart').map((c) => [c.number, c.extra])).toEqual([
      ['+77011112233', 'Әсел'],
      ['+77021112233', null],
      ['+77051112233', null],
    ]);
    h.tg.expectNoViolations();
  });

  it('appends numbers to an existing list from its "Append numbers" button, skipping the name', async () => {
    const { h, owner } = await start();
    const accountId = (await h.app.deps.store.members.listByUser(owner.id))[0]?.accountId ?? '';
    const before = sandboxLists(h).lists[0];
    if (!before) throw new Error('the seeded account has no list');
    await owner.pressCallback(links.appendToList(accountId, before.id));
    const step = await owner.waitFor(/Add numbers · step 1\/2/);
    expect(buttonLabels(step)).toEqual(['✅ Done', '✖ Cancel']);
    await owner.send('+7 777 100 20 30 new client\n+7 778 100 20 31');
    await owner.waitFor(/In total: ✅ 2 numbers/);
    await owner.tap('✅ Done');
    const review = await owner.waitFor(/step 2\/2/);
    expect(review.text).toContain(`Adding numbers to the list ${before.name}`);
    await owner.tap(/Add the numbers \(2\)/);
    const card = await owner.waitFor(/Numbers added to/);
    const after = sandboxLists(h).lists.find((l) => l.id === before.id);
    expect(after?.contactIds).toHaveLength(before.contactIds.length + 2);
    expect(card.text).toContain(`numbers now: ${String(before.contactIds.length + 2)}`);
    expect(sandboxLists(h).contactsOf(before.name).slice(-2).map((c) => [c.number, c.extra])).toEqual([
      ['+77771002030', 'new client'],
      ['+77781002031', null],
    ]);
    h.tg.expectNoViolations();
  });
});
