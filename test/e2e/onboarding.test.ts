import { afterEach, describe, expect, it } from 'vitest';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { buttonLabels } from '../support/journeys.js';

let harness: BotUnderTest | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

describe('onboarding', () => {
  it.each([
    ['ru', /Здравствуйте, Алия! Я бот <b>AutoCall\.kz<\/b>|Здравствуйте, Алия!/, 'Подключить мой API-ключ'],
    ['kk', /Сәлеметсіз бе, Алия!/, 'API кілтімді қосу'],
    ['en', /Hello, Алия!/, 'Link my AutoCall API key'],
  ])('greets in %s from language_code and offers linking and the demo', async (lang, greeting, linkLabel) => {
    harness = await startBotUnderTest();
    const user = harness.tg.user({ first_name: 'Алия', language_code: lang });
    await user.send('/start');
    const welcome = await user.waitFor(greeting);
    const labels = buttonLabels(welcome);
    expect(labels.some((label) => label.includes(linkLabel))).toBe(true);
    expect(labels.length).toBe(3);
    harness.tg.expectNoViolations();
  });

  it('falls back to Russian for other languages and switches with /lang', async () => {
    harness = await startBotUnderTest();
    const user = harness.tg.user({ first_name: 'Hans', language_code: 'de' });
    await user.send('/start');
    await user.waitFor(/Здравствуйте, Hans!/);
    await user.send('/lang');
    await user.waitFor(/Выберите язык/);
    await user.tap(/Қазақша/);
    await user.waitFor(/қазақша сөйлеймін/);
    await user.send('/help');
    await user.waitFor(/Мен не істей аламын/);
    harness.tg.expectNoViolations();
  });

  it('opens a demo account of the person\'s own, labelled DEMO, with balance and tariff', async () => {
    harness = await startBotUnderTest();
    const user = harness.tg.user({ first_name: 'Dana', language_code: 'en' });
    await user.send('/start');
    await user.waitFor(/Hello, Dana/);
    await user.tap(/Try the demo account/);
    const card = await user.waitFor(/demo account is ready/);
    expect(card.text).toMatch(/\[DEMO\]/);
    expect(card.text).toMatch(/Balance: .*₸/);
    await user.send('/menu');
    const menu = await user.waitFor(/Main menu/);
    expect(menu.text).toContain('[DEMO]');
    expect(menu.text).toContain('your role: owner');
    const other = harness.tg.user({ first_name: 'Erlan', language_code: 'en' });
    await other.send('/start');
    await other.waitFor(/Hello, Erlan/);
    await other.tap(/Try the demo account/);
    await other.waitFor(/demo account is ready/);
    const demoAccounts = await harness.app.deps.store.members.listByUser(other.id);
    const firstAccounts = await harness.app.deps.store.members.listByUser(user.id);
    expect(demoAccounts[0]?.accountId).not.toBe(firstAccounts[0]?.accountId);
    harness.tg.expectNoViolations();
  });
});
