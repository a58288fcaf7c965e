/**
 * `/call` journeys: a regular campaign to a list and pasted numbers with a chosen recording, date, hours, retries,
 * an SMS to those reached, recording and a rented caller ID — created in AutoCall with exactly those fields; a
 * restart of the bot between two steps; a double tap on Launch making one campaign.
 */
import { describe, expect, it } from 'vitest';
import { links } from '../../src/bot/links.js';
import { buttonLabels } from '../support/journeys.js';
import { kzDays, startLauncher, wizardStateBytes } from '../support/launch-steps.js';
import { stoppedAfterEach } from '../support/sessions.js';

const KEY = 'ak_live_launchcall_0123456789';

const launch = stoppedAfterEach(startLauncher);

describe('call campaign wizard', () => {
  it('launches a regular campaign with exactly the fields chosen, in a state kept small', async () => {
    const session = await launch(KEY);
    const { owner, api, harness } = session;
    const { tomorrow } = kzDays();
    const rental = (await api.callerIds.list()).data?.[0];
    const sounds = (await api.sounds.list()).data;
    const sound = sounds.find((s) => s.name === 'Напоминание об оплате');
    const list = (await api.lists.list()).data.find((l) => l.name === 'VIP');

    await owner.send('/call');
    const first = await owner.waitFor(/New call campaign · step 1\/9/);
    expect(buttonLabels(first)).toEqual(['🔊 Regular: a recording', '🤖 Interactive: a scenario', '✖ Cancel']);
    await owner.tap('🔊 Regular: a recording');
    await owner.waitFor(/step 2\/9.*Recipients/s);
    await owner.tap(/^VIP · 5$/);
    await owner.waitFor(/Chosen: lists «VIP» \(contacts: 5\)/);
    await owner.send('+7 701 555 00 11 Иван\n8 (702) 555-00-12\nnot a number 12345');
    const added = await owner.waitFor(/Added: 2/);
    expect(added.text).toContain('not numbers: 1');
    expect(added.text).toContain('numbers sent here: 2');
    await owner.tap('Next ›');

    await owner.waitFor(/step 3\/9.*Recording/s);
    await owner.tap(/Напоминание об оплате/);
    await owner.waitFor(/step 4\/9.*Start date/s);
    await owner.tap('Tomorrow');
    await owner.waitFor(/step 5\/9.*Calling hours/s);
    await owner.tap('10:00–20:00');
    await owner.waitFor(/step 6\/9.*Retries/s);
    await owner.tap('2');
    await owner.waitFor((m) => buttonLabels(m).includes('✓ 2'));
    await owner.tap('30 min');
    await owner.waitFor((m) => buttonLabels(m).includes('✓ 30 min') && buttonLabels(m).includes('✓ 2'));
    await owner.tap('Next ›');

    await owner.waitFor(/step 7\/9.*Extras/s);
    await owner.tap('✉️ SMS to those who answered: off');
    await owner.waitFor(/SMS to those who answered.*Type the text/s);
    await owner.send('Thank you, {{name}}! Visit demo.kz');
    const preview = await owner.waitFor(/GSM-7 \(Latin\): 1 SMS/);
    expect(preview.text).toContain('Variables: {{name}}');
    await owner.tap('✅ Use this text');
    await owner.waitFor(/SMS to those who answered: «Thank you, \{\{name\}\}! Visit demo\.kz»/);
    await owner.tap('🎙 Record: off');
    await owner.waitFor((m) => buttonLabels(m).includes('🎙 Record: on'));
    await owner.tap(/Caller ID: random/);
    await owner.waitFor(/Caller ID.*rent/s);
    await owner.tap(new RegExp(`^${(rental?.number ?? '').replace('+7', '\\+7 ').replace(/(\d{3})(\d{3})(\d{2})(\d{2})$/, '$1 $2 $3 $4')}`));
    await owner.waitFor((m) => buttonLabels(m).some((label) => label.startsWith('📞 Caller ID: +7')));
    await owner.tap('Next ›');

    await owner.waitFor(/step 8\/9.*Name/s);
    await owner.send('Spring reminder');
    const summary = await owner.waitFor(/step 9\/9.*Check and launch/s);
    expect(summary.text).toMatch(/At most: ₸[\d,.]+/);
    expect(summary.text).toMatch(/Balance ₸25,000 → after the launch ₸[\d,.]+/);
    expect(summary.text).toContain('Recipients: lists «VIP» (contacts: 5); numbers sent here: 2');
    expect(summary.text).toContain('Start: Tomorrow, calls 10:00–20:00');
    expect(summary.text).toContain('Tries: 2, every 30 min');
    expect(await wizardStateBytes(harness, owner, 'launch-call')).toBeLessThan(32 * 1024);
    await owner.tap('🚀 Launch');
    const card = await owner.waitFor(/Call campaign «Spring reminder» \(#\d+\) is created/);
    expect(buttonLabels(card)).toEqual(['📋 Open the campaign']);

    const created = (await api.autocalls.list()).data.find((a) => a.name === 'Spring reminder');
    const autocall = await api.autocalls.get(created?.id ?? 0);
    expect(autocall).toMatchObject({
      type: 'regular',
      audio_id: [sound?.id],
      date_from: tomorrow,
      time_from: '10:00:00',
      time_to: '20:00:00',
      max_tries: 2,
      tries_interval: 30,
      sms: true,
      text: 'Thank you, {{name}}! Visit demo.kz',
      sms_unanswered: false,
      record: true,
      lifetime: false,
      caller_id: rental?.number,
      calls_count: 7,
    });
    expect(autocall.client_id).toMatch(/^[0-9a-f-]{36}$/);
    const called = autocall.calls?.data.map((call) => call.number) ?? [];
    expect(called).toEqual(expect.arrayContaining(['+77015550011', '+77025550012']));
    expect(list?.contacts_count).toBe(5);
    harness.tg.expectNoViolations();
  });

  it('starts from a scenario button, survives a restart between two steps, and launches once on a double tap', async () => {
    const session = await launch(KEY, { lang: 'ru' });
    const { owner, api, accountId } = session;
    const scenario = (await api.scenarios.list()).data.find((s) => s.name === 'Опрос качества');
    await owner.pressCallback(links.callWithScenario(accountId, scenario?.id ?? 0));
    const first = await owner.waitFor(/Новый обзвон · шаг 1\/9/);
    expect(buttonLabels(first)).toContain('✓ 🤖 Интерактивный: сценарий');
    await owner.tap('✓ 🤖 Интерактивный: сценарий');
    await owner.waitFor(/шаг 2\/9/);
    await owner.tap(/^Клиенты Алматы · 12$/);
    await owner.waitFor(/Выбрано: списки «Клиенты Алматы» \(контактов: 12\)/);
    await owner.tap('Далее ›');
    const third = await owner.waitFor(/шаг 3\/9.*Сценарий/s);
    expect(third.text).toContain('Сейчас: 🟢 «Опрос качества» (одобрена)');

    await session.harness.restart();
    await owner.tap('Далее ›');
    await owner.waitFor(/шаг 4\/9/);
    await owner.tap('Завтра');
    await owner.waitFor(/шаг 5\/9/);
    await owner.tap('09:00–18:00');
    await owner.waitFor(/шаг 6\/9/);
    await owner.tap('Далее ›');
    await owner.waitFor(/шаг 7\/9/);
    await owner.tap('Далее ›');
    await owner.waitFor(/шаг 8\/9/);
    await owner.tap(/^Взять «Обзвон \d\d\.\d\d»$/);
    const summary = await owner.waitFor(/шаг 9\/9.*Проверьте и запустите/s);
    expect(summary.text).toContain('Тип: 🤖 Интерактивный: сценарий');
    expect(await wizardStateBytes(session.harness, owner, 'launch-call')).toBeLessThan(32 * 1024);

    const taps = await Promise.all([owner.tap('🚀 Запустить'), owner.tap('🚀 Запустить')]);
    expect(taps).toHaveLength(2);
    const card = await owner.waitFor(/✅ Обзвон «Обзвон \d\d\.\d\d» \(№\d+\) создан/);
    const id = Number(/№(\d+)/.exec(card.text ?? '')?.[1]);
    const autocall = await api.autocalls.get(id);
    expect(autocall).toMatchObject({ type: 'interactive', scenario_id: scenario?.id, date_from: kzDays().tomorrow, time_from: '09:00:00', time_to: '18:00:00', calls_count: 12 });
    const same = await api.autocalls.list({ client_id: autocall.client_id ?? '' });
    expect(same.data.map((a) => a.id)).toEqual([id]);
    // The launch is in the team's audit log, once.
    const audit = await session.harness.app.deps.store.audit.list(accountId, { limit: 10, action: 'campaign.launch' });
    expect(audit.entries.map(({ actorId, target, result }) => ({ actorId, target, result }))).toEqual([{ actorId: owner.id, target: `#${String(id)} ${autocall.name ?? ''}`, result: 'ok' }]);
    session.harness.tg.expectNoViolations();
  });

  it('starts from a list button and synthesizes the recording from text along with the campaign', async () => {
    const session = await launch(KEY);
    const { owner, api, accountId, harness } = session;
    const list = (await api.lists.list()).data.find((l) => l.name === 'Должники — март');
    await owner.pressCallback(links.callList(accountId, list?.id ?? 0));
    await owner.waitFor(/step 1\/9/);
    await owner.tap('🔊 Regular: a recording');
    const recipients = await owner.waitFor(/step 2\/9/);
    expect(buttonLabels(recipients)).toContain('✅ Должники — март · 8');
    await owner.tap('Next ›');
    await owner.waitFor(/step 3\/9/);
    await owner.send('Здравствуйте! Напоминаем о платеже до конца месяца. Спасибо!');
    await owner.waitFor(/step 3\/9.*Choose a voice/s);
    await owner.tap('♀ Jane · Yandex');
    await owner.waitFor(/step 4\/9/);
    await owner.tap('Tomorrow');
    await owner.waitFor(/step 5\/9/);
    await owner.send('9:30 - 17:45');
    await owner.waitFor(/step 6\/9/);
    await owner.tap('Next ›');
    await owner.waitFor(/step 7\/9/);
    await owner.tap('↩️ Call-backs: off');
    await owner.waitFor((m) => buttonLabels(m).includes('↩️ Call-backs: on'));
    await owner.tap('Next ›');
    await owner.waitFor(/step 8\/9/);
    await owner.send('  Debt   reminder  ');
    const summary = await owner.waitFor(/step 9\/9/);
    expect(summary.text).toContain('Recording: 🗣 new recording from text «Здравствуйте! Напоминаем о платеже до конца месяца. Спасибо!», voice Jane');
    await owner.tap('🚀 Launch');
    const card = await owner.waitFor(/Call campaign «Debt reminder» \(#(\d+)\) is created/);
    const autocall = await api.autocalls.get(Number(/#(\d+)/.exec(card.text ?? '')?.[1]));
    expect(autocall).toMatchObject({ type: 'regular', time_from: '09:30:00', time_to: '17:45:00', lifetime: true, record: false, calls_count: 8 });
    const soundId = autocall.audio_id?.[0];
    const state = harness.autocall.state(KEY) as { sounds: { id: number; source: { kind: string; text?: string; voice?: string } }[] };
    expect(state.sounds.find((s) => s.id === soundId)?.source).toMatchObject({
      kind: 'synthesis',
      text: 'Здравствуйте! Напоминаем о платеже до конца месяца. Спасибо!',
      voice: 'jane',
    });
    harness.tg.expectNoViolations();
  });
});
