/**
 * `/campaigns` and `/bulks` in an account with a long history: AutoCall cannot filter by status, so the completed campaigns
 * behind 600 newer ones are reached by reading AutoCall's pages on demand — only as far as the page asked for
 * needs, each page once — and their count reads "N+" until the last page is read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { buttonLabels, linkKey } from '../support/journeys.js';
import { seedCampaigns } from '../support/seed-campaigns.js';

const KEY = 'ak_live_history_0123456789abcdef';
const DAY = 24 * 60 * 60_000;

let harness: BotUnderTest | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

/** AutoCall list pages of `operation` the bot has asked for so far. */
async function listReads(h: BotUnderTest, operation: string): Promise<number> {
  const metric = await h.app.deps.metrics.autocallCalls.get();
  return metric.values.filter((value) => value.labels.operation === operation).reduce((sum, value) => sum + value.value, 0);
}

const LISTS = [
  { kind: 'calls', command: '/campaigns', title: /Call campaigns/, operation: 'get-autocalls', seeded: 'Акция выходного дня' },
  { kind: 'sms', command: '/bulks', title: /SMS campaigns/, operation: 'get-bulks', seeded: 'Напоминание о долге' },
] as const;

describe('campaign lists beyond the newest 600', () => {
  it.each(LISTS)('$command pages the completed ones behind 600 newer campaigns, reading AutoCall only as far as each page needs', async ({ kind, command, title, operation, seeded }) => {
    const h = await startBotUnderTest({ env: { FLOOD_LIMIT: '1000' } });
    harness = h;
    h.autocall.createAccount(KEY, { balance: 1_000_000 });
    const owner = h.tg.user({ first_name: 'Owner', language_code: 'en' });
    await linkKey(owner, KEY);

    // 120 campaigns that finish, then 600 newer ones that start next week: with the seeded one, 721 in all and
    // 121 completed, every completed one older than the newest 600.
    await seedCampaigns(h.autocall, KEY, { kind, prefix: 'Old', count: 120, firstNumber: 1000 });
    h.autocall.clock.advance(60 * 60_000);
    const nextWeek = new Date(h.autocall.clock.now().getTime() + 7 * DAY).toISOString().slice(0, 10);
    await seedCampaigns(h.autocall, KEY, { kind, prefix: 'New', count: 600, firstNumber: 5000, dateFrom: nextWeek });
    const readsBefore = await listReads(h, operation);

    await owner.send(command);
    const all = await owner.waitFor(title);
    expect(all.text).toMatch(/All: 721/);
    expect(all.text).toMatch(/Page 1 of 91/);
    expect(buttonLabels(all)).toEqual(expect.arrayContaining(['✅ 0+']));
    expect(await listReads(h, operation)).toBe(readsBefore + 4);

    await owner.tap('✅ 0+');
    const firstCompleted = await owner.waitFor(/✅ completed: 15\+/);
    expect(firstCompleted.text).toContain('Read 615 of 721 campaigns so far');
    expect(firstCompleted.text).toMatch(/Page 1 of 2\+/);
    expect(buttonLabels(firstCompleted).filter((label) => label.startsWith('✅ Old'))).toHaveLength(8);
    expect(await listReads(h, operation)).toBe(readsBefore + 41);

    for (let page = 2; page <= 9; page++) {
      await owner.tap('›');
      await owner.waitFor(new RegExp(`Page ${page} of \\d+\\+`));
    }
    const ninth = owner.lastMessage();
    if (!ninth) throw new Error('no list');
    const rows = buttonLabels(ninth).filter((label) => label.startsWith('✅ '));
    // Completed ones newest first: the ninth page holds the 65th to the 72nd, Old 56 down to Old 49.
    expect(rows.filter((label) => label.includes('Old')).map((label) => /Old (\d+)/.exec(label)?.[1])).toEqual(['56', '55', '54', '53', '52', '51', '50', '49']);
    expect(ninth.text).toMatch(/✅ completed: \d+\+/);
    // 600 + 73 campaigns read to fill the ninth page and know there is a tenth: 45 of AutoCall's pages, each once.
    expect(await listReads(h, operation)).toBe(readsBefore + 45);

    for (let page = 10; page <= 16; page++) {
      await owner.tap('›');
      await owner.waitFor(new RegExp(`Page ${page} of \\d+`));
    }
    const last = owner.lastMessage();
    if (!last) throw new Error('no list');
    expect(last.text).toMatch(/Page 16 of 16$/m);
    expect(last.text).toMatch(/✅ completed: 121$/m);
    expect(last.text).not.toContain('so far');
    expect(buttonLabels(last)).not.toContain('›');
    expect(buttonLabels(last).filter((label) => label.includes('Old') || label.includes(seeded)).at(-1)).toContain(`✅ ${seeded}`);
    expect(await listReads(h, operation)).toBe(readsBefore + 49);
    h.tg.expectNoViolations();
  }, 60_000);
});
