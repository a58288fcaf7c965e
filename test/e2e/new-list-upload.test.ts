/**
 * Big lists: a 100,000-row CSV and an XLSX generated in the test, uploaded in parts of 10 000 with one progress
 * message edited in place.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { linkKey } from '../support/journeys.js';
import { clientsCsv, clientsXlsx, nationalNumber, newListFromFile, sandboxListContacts } from '../support/list-steps.js';

const KEY = 'ak_live_biglist_0123456789ab';
/** Journeys type faster than people: Telegram's flood limits and the bot's own are lifted. */
const FAST = { env: { FLOOD_LIMIT: '1000' }, telegram: { rateLimits: { privateChatBurst: 1000 } } } as const;

let harness: BotUnderTest | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

describe('new list wizard with big files', () => {
  it('uploads a 100,000-row CSV in parts of 10 000 with one progress message edited in place', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY], ...FAST });
    const owner = harness.tg.user({ first_name: 'Dana', language_code: 'ru' });
    await linkKey(owner, KEY);
    await newListFromFile(owner, 'Должники', 'clients.csv', clientsCsv(100_000));
    await owner.tap(/Создать список \(100\s000\)/);
    const progress = await owner.waitFor(/▓▓▓▓░░░░░░ 40\s000 \/ 100\s000/);
    const card = await owner.waitFor(/Список Должники создан/);
    expect(card.text).toMatch(/номеров: 100\s000/);
    // One live message: the review turned into the progress, edited part after part; the card is the only new one.
    const final = owner.messages().find((m) => m.message_id === progress.message_id);
    expect(final?.text).toMatch(/▓▓▓▓▓▓▓▓▓▓ 100\s000 \/ 100\s000/);
    expect(final?.edits.filter((e) => e.text?.includes('▓')).length).toBeGreaterThanOrEqual(9);
    expect(owner.messages().at(-1)?.message_id).toBe(card.message_id);

    const contacts = sandboxListContacts(harness.autocall, KEY, 'Должники');
    expect(contacts).toHaveLength(100_000);
    expect(new Set(contacts.map((c) => c.number)).size).toBe(100_000);
    expect(contacts[99_999]).toEqual(expect.objectContaining({ number: `+7${nationalNumber(99_999)}`, extra: 'Клиент 99999' }));
    expect(contacts[0]?.variables).toEqual({ fio: 'Клиент 0', summa_dolga: '0' });
    harness.tg.expectNoViolations();
  });

  it('reads an XLSX with numbers stored as numbers and Kazakh headers', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY], ...FAST });
    const owner = harness.tg.user({ first_name: 'Dana', language_code: 'en' });
    await linkKey(owner, KEY);
    await newListFromFile(owner, 'Kazakh clients', 'clients.xlsx', await clientsXlsx(2_500));
    await owner.tap(/Create the list \(2,500\)/);
    await owner.waitFor(/The list Kazakh clients is created/);
    const contacts = sandboxListContacts(harness.autocall, KEY, 'Kazakh clients');
    expect(contacts).toHaveLength(2_500);
    expect(contacts[1]).toEqual(expect.objectContaining({ number: `+7${nationalNumber(1)}`, extra: 'Клиент 1', variables: { aty_zhoni: 'Клиент 1', qaryz: '10' } }));
    harness.tg.expectNoViolations();
  });
});
