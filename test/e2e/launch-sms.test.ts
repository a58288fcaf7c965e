/**
 * `/sms` journeys: a text whose curly quotes and dashes are replaced by GSM-7 lookalikes in one tap, a list with
 * variables plus a CSV whose columns become variables (a variable they lack flagged), the first three messages as
 * they will be sent, a send date and time — the bulk created in AutoCall with exactly that; a restart between two
 * steps; a double tap on Launch making one campaign.
 */
import { describe, expect, it } from 'vitest';
import { links } from '../../src/bot/links.js';
import { kzNow, parseSendAt } from '../../src/domain/campaign/index.js';
import { buttonLabels } from '../support/journeys.js';
import { startLauncher, wizardStateBytes } from '../support/launch-steps.js';
import { stoppedAfterEach } from '../support/sessions.js';

const KEY = 'ak_live_launchsms_01234567890';

const launch = stoppedAfterEach(startLauncher);

describe('SMS campaign wizard', () => {
  it('launches a personalised SMS campaign with exactly the text, recipients and time chosen', async () => {
    const session = await launch(KEY);
    const { owner, api, harness } = session;
    const debtors = (await api.lists.list()).data.find((l) => l.name === 'Должники — март');
    const firstContacts = (await api.lists.get(debtors?.id ?? 0)).contacts?.data ?? [];

    await owner.send('/sms');
    const first = await owner.waitFor(/New SMS campaign · step 1\/6.*SMS text/s);
    expect(buttonLabels(first)).toEqual(['✖ Cancel']);
    await owner.send('Hello {{name}}, your debt is {{debt}} KZT. Please pay by “Friday” — thank you…');
    const preview = await owner.waitFor(/UCS-2 \(Unicode\): 2 SMS/);
    expect(preview.text).toContain('These characters switch the SMS to UCS-2: “ ” — …');
    expect(preview.text).toContain('Replaced by GSM-7 lookalikes, the text takes 1 SMS instead of 2.');
    expect(preview.text).toContain('Variables: {{name}}, {{debt}}.');
    await owner.tap('🔤 Replace with GSM-7 lookalikes');
    const replaced = await owner.waitFor(/GSM-7 \(Latin\): 1 SMS/);
    expect(replaced.text).toContain('Hello {{name}}, your debt is {{debt}} KZT. Please pay by "Friday" - thank you...');
    expect(buttonLabels(replaced)).not.toContain('🔤 Replace with GSM-7 lookalikes');
    await owner.tap('✅ Use this text');

    await owner.waitFor(/step 2\/6.*Recipients/s);
    await owner.tap(/^Должники — март · 8$/);
    await owner.waitFor(/Chosen: lists «Должники — март» \(contacts: 8\)/);
    await owner.sendDocument({ fileName: 'clients.csv', mimeType: 'text/csv', bytes: Buffer.from('phone,name,city\n+77015550101,Alia,Almaty\n87015550102,Bolat,Astana\n') });
    const added = await owner.waitFor(/Added: 2, repeats skipped: 0, not numbers: 0/);
    expect(added.text).toContain('⚠️ {{debt}} is missing for 2 of 2 numbers sent here: it will be empty for them.');
    await owner.tap('Next ›');

    const shown = await owner.waitFor(/step 3\/6.*Preview/s);
    const [c1, c2, c3] = firstContacts;
    for (const contact of [c1, c2, c3]) {
      const text = `Hello ${contact?.variables?.['name'] ?? ''}, your debt is ${contact?.variables?.['debt'] ?? ''} KZT. Please pay by "Friday" - thank you...`;
      expect(shown.text).toContain(text);
    }
    // Cyrillic names make the personalised messages UCS-2, though the template is Latin.
    expect(shown.text).toMatch(/1\) \+7 \d{3} \d{3} \d\d \d\d · 2 SMS, UCS-2/);
    expect(shown.text).toContain('⚠️ {{debt}} is missing for 2 of 2 numbers sent here');
    await owner.tap('Next ›');

    await owner.waitFor(/step 4\/6.*When to send/s);
    await owner.send('25.12 10:00');
    await owner.waitFor(/step 5\/6.*Name/s);
    await owner.send('Debt reminder');
    const summary = await owner.waitFor(/step 6\/6.*Check and launch/s);
    expect(summary.text).toContain('Recipients: lists «Должники — март» (contacts: 8); numbers sent here: 2');
    expect(summary.text).toMatch(/Send: Dec 25, \d{4}, 10:00/);
    expect(summary.text).toContain('Size: AutoCall prices the worst case, every variable at its longest value among the recipients.');
    expect(summary.text).toMatch(/At most: ₸320/);
    expect(await wizardStateBytes(harness, owner, 'launch-sms')).toBeLessThan(32 * 1024);
    await owner.tap('🚀 Launch');
    const card = await owner.waitFor(/SMS campaign «Debt reminder» \(#(\d+)\) is created/);
    expect(buttonLabels(card)).toEqual(['📋 Open the SMS campaign']);

    const sendAt = parseSendAt('25.12 10:00', kzNow(new Date()));
    const bulk = await api.bulks.get(Number(/#(\d+)/.exec(card.text ?? '')?.[1]));
    expect(bulk).toMatchObject({
      name: 'Debt reminder',
      text: 'Hello {{name}}, your debt is {{debt}} KZT. Please pay by "Friday" - thank you...',
      date_from: sendAt.ok ? sendAt.date : '',
      time_from: '10:00:00',
      recipients: 10,
      segments: 2,
    });
    expect(bulk.client_id).toMatch(/^[0-9a-f-]{36}$/);
    const state = harness.autocall.state(KEY) as { messages: { bulkId: number; number: string; variables: Record<string, string> | null; extra: string | null }[] };
    expect(state.messages.find((m) => m.bulkId === bulk.id && m.number === '+77015550102')).toMatchObject({ variables: { name: 'Bolat', city: 'Astana' }, extra: 'Bolat' });
    harness.tg.expectNoViolations();
  });

  it('starts from a list button, survives a restart between two steps, and launches once on a double tap', async () => {
    const session = await launch(KEY, { lang: 'ru' });
    const { owner, api, accountId, harness } = session;
    const vip = (await api.lists.list()).data.find((l) => l.name === 'VIP');
    await owner.pressCallback(links.smsList(accountId, vip?.id ?? 0));
    await owner.waitFor(/Новая SMS-рассылка · шаг 1\/6/);
    await owner.send('Здравствуйте, {{name}}! Ждём вас в «Демо».');
    await owner.waitFor(/UCS-2 \(Юникод\): SMS — 1/);
    await owner.tap('✅ Взять этот текст');
    const recipients = await owner.waitFor(/шаг 2\/6/);
    expect(buttonLabels(recipients)).toContain('✅ VIP · 5');
    await owner.tap('Далее ›');
    const preview = await owner.waitFor(/шаг 3\/6.*Предпросмотр/s);
    expect(preview.text).toContain('⚠️ {{name}} нет у 5 из первых 5 контактов списка «VIP»');

    await harness.restart();
    await owner.tap('Далее ›');
    await owner.waitFor(/шаг 4\/6/);
    await owner.tap('Сейчас');
    await owner.waitFor(/шаг 5\/6/);
    await owner.tap(/^Взять «SMS \d\d\.\d\d»$/);
    const summary = await owner.waitFor(/шаг 6\/6.*Отправка: Сейчас/s);
    expect(summary.text).toContain('Получатели: списки «VIP» (контактов: 5)');
    await Promise.all([owner.tap('🚀 Запустить'), owner.tap('🚀 Запустить')]);
    const card = await owner.waitFor(/✅ SMS-рассылка «SMS \d\d\.\d\d» \(№(\d+)\) создана/);
    const bulk = await api.bulks.get(Number(/№(\d+)/.exec(card.text ?? '')?.[1]));
    expect(bulk).toMatchObject({ text: 'Здравствуйте, {{name}}! Ждём вас в «Демо».', recipients: 5 });
    expect((await api.bulks.list({ client_id: bulk.client_id ?? '' })).data.map((b) => b.id)).toEqual([bulk.id]);
    // The launch is in the team's audit log, once.
    const audit = await harness.app.deps.store.audit.list(accountId, { limit: 10, action: 'sms.launch' });
    expect(audit.entries.map(({ actorId, target, result }) => ({ actorId, target, result }))).toEqual([{ actorId: owner.id, target: `#${String(bulk.id)} ${bulk.name ?? ''}`, result: 'ok' }]);
    harness.tg.expectNoViolations();
  });
});
