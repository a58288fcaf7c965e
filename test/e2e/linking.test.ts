import { afterEach, describe, expect, it } from 'vitest';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { linkKey } from '../support/journeys.js';

const KEY = 'ak_live_7f3c9a1b2d4e6f8091a2b3c4';

let harness: BotUnderTest | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

describe('linking an API key', () => {
  it('deletes the key message, checks it, stores it sealed and shows the account card', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY] });
    const owner = harness.tg.user({ first_name: 'Aigerim', language_code: 'ru' });
    await owner.send('/start');
    await owner.waitFor(/Здравствуйте/);
    await owner.tap(/Подключить мой API-ключ/);
    await owner.waitFor(/Пришлите API-ключ/);
    await owner.send(KEY);
    await owner.waitFor(/Сообщение с ключом удалено/);
    const card = await owner.waitFor(/Баланс/);
    expect(card.text).toMatch(/Тариф: звонок .*₸\/сек/);
    // The chat as the person sees it no longer holds the key, and the bot never repeated it.
    expect(owner.messages().some((message) => message.text?.includes(KEY))).toBe(false);
    expect(harness.logs()).not.toContain(KEY);
    const [membership] = await harness.app.deps.store.members.listByUser(owner.id);
    expect(membership?.role).toBe('owner');
    harness.tg.expectNoViolations();
  });

  it('explains a wrong key and asks again, then accepts the right one', async () => {
    harness = await startBotUnderTest({ liveKeys: [KEY] });
    const owner = harness.tg.user({ first_name: 'Bolat', language_code: 'en' });
    await owner.send('/link');
    await owner.waitFor(/Send your API key/);
    await owner.send('ak_live_wrong_wrong_wrong_000');
    await owner.waitFor(/did not accept this key/);
    await owner.send('two words');
    await owner.waitFor(/does not look like an API key/);
    await owner.send(KEY);
    await owner.waitFor(/Balance/);
    harness.tg.expectNoViolations();
  });

  it('marks a key revoked later and walks the owner through relinking', async () => {
    const replacement = 'ak_live_replacement_key_00001';
    harness = await startBotUnderTest({ liveKeys: [KEY, replacement] });
    const owner = harness.tg.user({ first_name: 'Saule', language_code: 'en' });
    await linkKey(owner, KEY);
    harness.autocall.revokeKey(KEY);
    await owner.send('/account');
    const list = await owner.waitFor(/no longer accepts the key/);
    expect(list.text).toContain('⚠️');
    const accountId = (await harness.app.deps.store.members.listByUser(owner.id))[0]?.accountId ?? '';
    expect((await harness.app.deps.store.accounts.get(accountId))?.status).toBe('needs_relink');
    await owner.tap(/New key for/);
    await owner.waitFor(/no longer accepts the old key/);
    await owner.send(replacement);
    await owner.waitFor(/checked and stored encrypted/);
    expect((await harness.app.deps.store.accounts.get(accountId))?.status).toBe('active');
    expect(await harness.app.deps.store.accounts.getApiKey(accountId)).toBe(replacement);
    harness.tg.expectNoViolations();
  });
});
