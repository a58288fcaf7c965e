import { afterEach, describe, expect, it } from 'vitest';
import { formatPhone } from '../../src/domain/phone/index.js';
import { buttonLabels, joinTeam, type OwnerSession, startAsOwner } from '../support/journeys.js';

const KEY = 'ak_live_settings_0123456789abcdef';

let session: OwnerSession | undefined;
afterEach(async () => {
  await session?.stop();
  session = undefined;
});

// The bot lets one person send at most 8 updates in 3 seconds (linking the key takes two): journeys stay within that.
describe('settings', () => {
  it('shows the settings card, toggles both subscriptions and lists the confirmed numbers', async () => {
    session = await startAsOwner(KEY);
    const { owner, api, harness } = session;
    const before = await api.settings.get();

    await owner.send('/settings');
    const card = await owner.waitFor(/Settings of/);
    expect(card.text).toContain(`Settings of “${before.name ?? ''}”`);
    expect(card.text).toContain(`Phone: ${formatPhone(`+7${before.phone ?? ''}`)}`);
    expect(card.text).toContain('Calls and SMS allowed: 00:00–23:59 (Almaty time)');
    expect(card.text).toContain(`Calls: ${String(before.statistics?.calls)},`);
    expect(card.text).toContain('news by phone call — on; notifications copied by SMS — off');
    expect(buttonLabels(card)).toEqual(expect.arrayContaining(['✏️ Rename', '🔔 News by call: on', '📨 Notifications by SMS: off', '🪪 Visit card', '📱 Confirmed numbers']));

    await owner.tap('📨 Notifications by SMS: off');
    await owner.waitFor(/✅ Saved\.[\s\S]*notifications copied by SMS — on/);
    await owner.tap('🔔 News by call: on');
    const saved = await owner.waitFor(/news by phone call — off/);
    expect(buttonLabels(saved)).toEqual(expect.arrayContaining(['🔔 News by call: off', '📨 Notifications by SMS: on']));
    const after = await api.settings.get();
    expect({ subscribe: after.subscribe, notifications: after.notifications_subscribe }).toEqual({ subscribe: false, notifications: true });

    await owner.tap('📱 Confirmed numbers');
    const numbers = await owner.waitFor(/Confirmed numbers/);
    const confirmed = await api.settings.confirmedNumbers();
    for (const number of confirmed) expect(numbers.text).toContain(`✅ ${formatPhone(number.number)} — confirmed`);
    // The verification wizard is another feature's: the button is there, leading to it.
    expect(buttonLabels(numbers)).toEqual(['➕ Add and verify a number', '« Settings']);
    const audit = await harness.app.deps.store.audit.list(session.accountId, { limit: 50 });
    expect(audit.entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['settings.subscribe', 'settings.notifications_subscribe']));
    harness.tg.expectNoViolations();
  });

  it('renames the account through the wizard, refusing a name too short', async () => {
    session = await startAsOwner(KEY);
    const { owner, api, harness } = session;
    await owner.send('/settings');
    await owner.waitFor(/Settings of/);
    await owner.tap('✏️ Rename');
    await owner.waitFor(/Account name · step 1\/1/);
    await owner.send('Я');
    await owner.waitFor(/The name must be 2 to 40 characters long; this one has 1/);
    await owner.send('ТОО «Новый <Рассвет> & Ко»');
    const card = await owner.waitFor(/Settings of “ТОО «Новый <Рассвет> & Ко»”/);
    expect(card.text).toContain('✅ Saved.');
    expect((await api.settings.get()).name).toBe('ТОО «Новый <Рассвет> & Ко»');
    expect((await harness.app.deps.store.accounts.get(session.accountId))?.name).toBe('ТОО «Новый <Рассвет> & Ко»');
    harness.tg.expectNoViolations();
  });

  it('removes the text visit card after a confirmation and sets the audio one from the sounds', async () => {
    session = await startAsOwner(KEY);
    const { owner, api, harness } = session;
    await api.settings.update({ visit_card_text: 'AutoCall.kz, tel: +77470000000' });
    const sounds = (await api.sounds.list()).data;

    await owner.send('/settings');
    await owner.waitFor(/Settings of/);
    await owner.tap('🪪 Visit card');
    await owner.waitFor(/Text: AutoCall\.kz, tel: \+77470000000/);
    await owner.tap('🗑 Remove text');
    await owner.waitFor(/Remove the text visit card\?/);
    await owner.tap('🗑 Yes, remove');
    await owner.waitFor(/✅ Removed\.[\s\S]*Text: not set/);
    expect((await api.settings.get()).visit_card_text ?? null).toBeNull();

    await owner.tap('🎵 Choose audio');
    const picker = await owner.waitFor(/Choose the audio visit card/);
    expect(buttonLabels(picker).filter((label) => /^✅ /u.test(label))).toHaveLength(sounds.length);
    const sound = sounds[0];
    if (!sound) throw new Error('the seeded account has no sounds');
    await owner.tap(new RegExp(`^✅ ${sound.name} ·`));
    await owner.waitFor(new RegExp(`Audio: ✅ “${sound.name}” \\(#${String(sound.id)}`));
    expect((await api.settings.get()).visit_card_audio).toBe(sound.id);
    const actions = (await harness.app.deps.store.audit.list(session.accountId, { limit: 50 })).entries.map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['settings.visit_card.delete', 'settings.visit_card_audio']));
    harness.tg.expectNoViolations();
  });

  it('takes a visit card text only when it fits one SMS, offering a GSM-7 version when lookalikes are to blame', async () => {
    session = await startAsOwner(KEY);
    const { owner, api, harness } = session;
    await owner.pressCallback(`sev:${session.accountId}`);
    await owner.waitFor(/Visit card/);
    await owner.tap('✏️ Set text');
    await owner.waitFor(/Visit card text · step 1\/1/);
    await owner.send('Компания «Рассвет»: скидки до 50% на все услуги до конца месяца, звоните +77470000000');
    await owner.waitFor(/characters with Cyrillic letters: 2 SMS\. Such an SMS holds only 70/);
    const curly = `“AutoCall” — call campaigns, SMS and flash calls for your business. Call us: +77470000000, write: info@autocall.kz…`;
    await owner.send(curly);
    const offer = await owner.waitFor(/This version fits one SMS/);
    expect(offer.text).toContain('"AutoCall" - call campaigns');
    await owner.send('AutoCall.kz: calls & SMS, +77470000000');
    await owner.waitFor(/✅ Saved\.[\s\S]*Text: AutoCall\.kz: calls & SMS, \+77470000000/);
    expect((await api.settings.get()).visit_card_text).toBe('AutoCall.kz: calls & SMS, +77470000000');
    harness.tg.expectNoViolations();
  });

  it('lets the team look but not change: buttons hidden, crafted taps refused on the server', async () => {
    session = await startAsOwner(KEY);
    const { owner, api, harness } = session;
    const manager = harness.tg.user({ first_name: 'Marat', language_code: 'en' });
    await joinTeam(owner, manager, 'manager');
    await manager.send('/settings');
    const card = await manager.waitFor(/Settings of/);
    expect(buttonLabels(card)).toEqual(['🪪 Visit card', '📱 Confirmed numbers', '📞 Caller IDs', '🔄 Refresh']);
    await manager.tap('🪪 Visit card');
    const visit = await manager.waitFor(/Visit card/);
    expect(buttonLabels(visit)).toEqual(['« Settings']);
    const refused = await manager.pressCallback(`ses:${session.accountId}:0`);
    expect(refused.text).toMatch(/Your role \(manager\) cannot do this\. It needs owner/);
    const rename = await manager.pressCallback(`ser:${session.accountId}`);
    expect(rename.text).toMatch(/cannot do this/);
    expect((await api.settings.get()).subscribe).toBe(true);
    harness.tg.expectNoViolations();
  });
});
