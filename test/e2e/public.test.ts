import { afterEach, describe, expect, it } from 'vitest';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { buttonLabels } from '../support/journeys.js';

let harness: BotUnderTest | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const HOUR_MS = 3_600_000;
/** Kazakhstan time, as the sandbox keeps it. */
const ALMATY_OFFSET_MS = 5 * HOUR_MS;

/** Moves the sandbox (and the bot, whose clock follows it) to the next `hour`:00 Almaty time. */
function advanceToAlmatyHour(h: BotUnderTest, hour: number): void {
  const local = h.autocall.clock.now().getTime() + ALMATY_OFFSET_MS;
  let target = Math.floor(local / 86_400_000) * 86_400_000 + hour * HOUR_MS;
  if (target <= local) target += 86_400_000;
  h.autocall.clock.advance(target - local);
}

/** HTTP calls the bot made to AutoCall for one operation, from its own metrics. */
async function callsTo(h: BotUnderTest, operation: string): Promise<number> {
  const metric = await h.app.deps.metrics.autocallCalls.get();
  return metric.values.filter((value) => value.labels.operation === operation).reduce((sum, value) => sum + value.value, 0);
}

describe('public: tariffs and test calls', () => {
  it('shows the three plans side by side without an account, from a cache that lasts an hour', async () => {
    harness = await startBotUnderTest({ clock: 'sandbox' });
    const guest = harness.tg.user({ first_name: 'Guest', language_code: 'en' });
    await guest.send('/tariffs');
    const card = await guest.waitFor(/AutoCall tariffs/);
    const table = (card.text ?? '').split('\n');
    expect(table).toEqual(
      expect.arrayContaining([
        '             BRONZE SILVER    GOLD',
        'from balance      0 50,000 200,000',
        'call, 1 s      3.50   2.80    2.20',
        'SMS           18.00  16.00   14.00',
        'synthesis      2.00   1.80    1.50',
        'recognition    2.00   1.80    1.50',
        'recording      1.00   0.80    0.50',
      ]),
    );
    expect(card.entities?.some((entity) => entity.type === 'pre')).toBe(true);
    expect(buttonLabels(card)).toEqual(['📞 Free test call']);
    expect(await callsTo(harness, 'getTariffs')).toBe(1);

    // Within the hour the copy in the store answers: no request leaves the bot.
    harness.autocall.clock.advance(59 * 60_000);
    await guest.send('/tariffs');
    await guest.waitFor(/AutoCall tariffs/);
    expect(await callsTo(harness, 'getTariffs')).toBe(1);

    harness.autocall.clock.advance(2 * 60_000);
    const russian = harness.tg.user({ first_name: 'Гость', language_code: 'ru' });
    await russian.send('/tariffs');
    const ru = await russian.waitFor(/Тарифы AutoCall/);
    expect(ru.text).toMatch(/звонок, 1 с\s+3,50\s+2,80\s+2,20/u);
    expect(await callsTo(harness, 'getTariffs')).toBe(2);
    harness.tg.expectNoViolations();
  });

  it('places a test call and explains 429, 422, 403 and the personal daily limit', async () => {
    harness = await startBotUnderTest({ clock: 'sandbox' });
    const guest = harness.tg.user({ first_name: 'Guest', language_code: 'en' });
    advanceToAlmatyHour(harness, 10);

    await guest.send('/testcall 8 (701) 123-45-67');
    await guest.waitFor(/The test call to \+7 701 123 45 67 is on its way/);

    harness.autocall.clock.advance(2 * 60_000);
    await guest.send('/testcall +7 701 123 45 67');
    const again = await guest.waitFor(/Too many test calls/);
    expect(again.text).toMatch(/AutoCall says: .+/);

    // After hours, through the wizard the tariffs card offers: a wrong number is explained and asked again.
    advanceToAlmatyHour(harness, 22);
    await guest.send('/tariffs');
    await guest.waitFor(/AutoCall tariffs/);
    await guest.tap('📞 Free test call');
    await guest.waitFor(/Send the Kazakh mobile number/);
    await guest.send('+7 495 123 45 67');
    await guest.waitFor(/is not a Kazakh phone number/);
    await guest.send('+7 702 555 12 34');
    const closed = await guest.waitFor(/cannot place a test call now/);
    expect(closed.text).toContain('from 09:00 to 21:30 Almaty time');

    // Three test calls a day per person here, whatever AutoCall answered.
    await guest.send('/testcall 7015550000');
    await guest.waitFor(/that is the daily limit here/);
    expect(await callsTo(harness, 'sendTestCall')).toBeGreaterThanOrEqual(3);

    advanceToAlmatyHour(harness, 10);
    const other = harness.tg.user({ first_name: 'Other', language_code: 'kk' });
    await other.send('/testcall 777 000 0000');
    await other.waitFor(/AutoCall бұл нөмірге қоңырау шалудан бас тартты/);
    harness.tg.expectNoViolations();
  });
});
