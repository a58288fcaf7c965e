import { afterEach, describe, expect, it } from 'vitest';
import { type AutocallApi, createAutocallClient, type AutocallClient, type Sound } from '../../src/api/index.js';
import { links } from '../../src/bot/links.js';
import { formatPhone } from '../../src/domain/phone/index.js';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { acceptInvite, buttonLabels, createInvite, linkKey } from '../support/journeys.js';
import type { ChatMessage, FakeUser } from '../support/telegram/index.js';
import { mp3Frames, silentWav } from '../sandbox/support/audio-fixtures.js';
import { oggOpus } from '../support/ogg-opus.js';

const KEY = 'ak_live_sounds_0123456789abcdef';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let harness: BotUnderTest | undefined;
let client: AutocallClient | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
  await harness?.stop();
  harness = undefined;
});

/** The bot, an owner speaking English with `key` linked (a sandbox account made with `balance` when given), and the SDK. */
async function start(options: { key?: string; balance?: number } = {}): Promise<{ h: BotUnderTest; owner: FakeUser; api: AutocallApi; accountId: string }> {
  const key = options.key ?? KEY;
  const h = await startBotUnderTest({ liveKeys: options.balance === undefined ? [key] : [], env: { FLOOD_LIMIT: '1000' } });
  harness = h;
  if (options.balance !== undefined) h.autocall.createAccount(key, { balance: options.balance });
  client = createAutocallClient({ apiUrl: h.autocall.apiUrl, publicApiUrl: h.autocall.publicApiUrl });
  const owner = h.tg.user({ first_name: 'Owner', language_code: 'en' });
  await linkKey(owner, key);
  const accountId = (await h.app.deps.store.members.listByUser(owner.id))[0]?.accountId ?? '';
  return { h, owner, api: client.forKey(key), accountId };
}

async function allSounds(api: AutocallApi): Promise<Sound[]> {
  const first = await api.sounds.list();
  const rest = await Promise.all(Array.from({ length: first.last_page - 1 }, (_, i) => api.sounds.list({ page: i + 2 })));
  return [first, ...rest].flatMap((page) => page.data);
}

function callbackOf(message: ChatMessage, label: RegExp): string | undefined {
  const markup = message.reply_markup;
  if (!markup || !('inline_keyboard' in markup)) return undefined;
  const button = markup.inline_keyboard.flat().find((b) => label.test(b.text));
  return button && 'callback_data' in button ? button.callback_data : undefined;
}

const upload = (api: AutocallApi, name: string, bytes: Buffer) => api.sounds.create({ name, type: 'upload', data: [{ file: bytes.toString('base64') }] });

describe('/sounds', () => {
  it('pages the audio with length and moderation state; a denied one shows the comment and cannot be used', async () => {
    const { h, owner, api, accountId } = await start();
    const denied = await api.sounds.create({ name: 'Казино «Удача»', type: 'synthesis', data: [{ text: 'Лучшее казино города ждёт вас!' }] });
    for (let i = 1; i <= 6; i++) await upload(api, `Приветствие ${i}`, silentWav(i));
    h.autocall.clock.advance(2 * MINUTE);
    const fresh = await upload(api, 'Свежая запись', silentWav(3));
    const sounds = await allSounds(api);
    expect(sounds.length).toBe(10);

    await owner.send('/sounds');
    const first = await owner.waitFor(/Audio: 10 · page 1 of 2/);
    const rows = buttonLabels(first).filter((label) => /^[✓⏳✗] /.test(label));
    expect(rows.map((label) => label.replace(/^[✓⏳✗] (.*) · .*$/, '$1'))).toEqual(sounds.slice(0, 8).map((sound) => sound.name));
    expect(first.text).toContain('Свежая запись — 3 sec · ⏳ on moderation');
    expect(first.text).toContain('Приветствие 6 — 6 sec · ⏳ on moderation');
    expect(first.text).toContain('Казино «Удача» — ');
    expect(first.text).toContain('✗ denied: Реклама азартных игр запрещена.');
    await owner.tap('›');
    const second = await owner.waitFor(/page 2 of 2/);
    expect(second.text).toContain('Акция выходного дня — 9 sec · ✓ approved');
    await owner.tap('‹');
    await owner.waitFor(/page 1 of 2/);

    await owner.tap(/Казино/);
    const deniedCard = await owner.waitFor(/Moderation: ✗ denied: Реклама азартных игр запрещена\./);
    expect(deniedCard.text).toContain('Казино «Удача»');
    expect(buttonLabels(deniedCard)).not.toContain('📞 Use in a call campaign');
    await owner.tap(/All audio/);
    await owner.waitFor(/page 1 of 2/);
    await owner.tap(/Свежая запись/);
    const freshCard = await owner.waitFor(/Moderation: ⏳ on moderation/);
    expect(callbackOf(freshCard, /Use in a call campaign/)).toBe(links.callWithSound(accountId, fresh.id));
    expect(denied.id).not.toBe(fresh.id);
    h.tg.expectNoViolations();
  });

  it('sends each sound the way Telegram plays it: a WAV as a document, an MP3 as audio, an Ogg/Opus as a voice note', async () => {
    const { h, owner, api } = await start();
    const mp3 = mp3Frames(2);
    const ogg = oggOpus(3);
    await upload(api, 'Голос MP3', mp3);
    await upload(api, 'Голос OGG', ogg);
    const promo = (await allSounds(api)).find((sound) => sound.name === 'Акция выходного дня');
    if (!promo) throw new Error('the seeded sound is missing');
    const wav = new Uint8Array(await (await fetch(promo.playback_url)).arrayBuffer());

    await owner.send('/sounds');
    await owner.waitFor(/Audio: 4/);
    await owner.tap(/Акция выходного дня/);
    await owner.waitFor(/Moderation: ✓ approved/);
    await owner.tap(/Listen/);
    // Telegram would not play a WAV sent as audio: it goes as a file with the same caption and name.
    const document = await owner.waitFor((message) => message.media?.kind === 'document');
    expect(document.caption).toContain('Акция выходного дня');
    expect(document.media?.file_name).toBe('Акция выходного дня.wav');
    expect(Buffer.from(document.media?.bytes ?? []).equals(Buffer.from(wav))).toBe(true);

    await owner.tap(/All audio/);
    await owner.waitFor(/Audio: 4/);
    await owner.tap(/Голос MP3/);
    await owner.waitFor(/Moderation: ⏳/);
    await owner.tap(/Listen/);
    const audio = await owner.waitFor((message) => message.media?.kind === 'audio');
    expect(audio.media?.file_name).toBe('Голос MP3.mp3');
    expect(audio.caption).toContain('Голос MP3');
    expect(Buffer.from(audio.media?.bytes ?? []).equals(mp3)).toBe(true);

    await owner.tap(/All audio/);
    await owner.waitFor(/Audio: 4/);
    await owner.tap(/Голос OGG/);
    await owner.waitFor(/Moderation: ⏳/);
    await owner.tap(/Listen/);
    const voice = await owner.waitFor((message) => message.media?.kind === 'voice');
    expect(voice.caption).toContain('Голос OGG');
    expect(Buffer.from(voice.media?.bytes ?? []).equals(ogg)).toBe(true);
    expect(owner.messages().filter((message) => message.media !== undefined).map((message) => message.media?.kind)).toEqual(['document', 'audio', 'voice']);
    h.tg.expectNoViolations();
  });

  it('renames and deletes a sound, and explains the refusal for one a waiting campaign uses', async () => {
    const { h, owner, api, accountId } = await start();
    const sounds = await allSounds(api);
    const reminder = sounds.find((sound) => sound.name === 'Напоминание об оплате');
    const promo = sounds.find((sound) => sound.name === 'Акция выходного дня');
    if (!reminder || !promo) throw new Error('the seeded sounds are missing');
    await api.autocalls.create({ name: 'Later', type: 'regular', audio_id: [promo.id], list_id: [{ number: '+77011234567' }], date_from: '2099-01-01' });

    await owner.send('/sounds');
    await owner.waitFor(/Audio: 2/);
    await owner.tap(/Напоминание об оплате/);
    await owner.waitFor(/Moderation: ✓ approved/);
    await owner.tap(/Rename/);
    await owner.waitFor(/Renaming audio · step 1\/1/);
    await owner.send('Напоминание — апрель');
    await owner.waitFor('Renamed: “Напоминание об оплате” → “Напоминание — апрель”');
    expect((await api.sounds.get(reminder.id)).name).toBe('Напоминание — апрель');

    await owner.tap(/Delete/);
    await owner.waitFor(/Delete the audio Напоминание — апрель\?/);
    await owner.tap(/Yes, delete/);
    await owner.waitFor(/The audio “Напоминание — апрель” is deleted/);
    expect((await allSounds(api)).map((sound) => sound.id)).toEqual([promo.id]);

    await owner.tap(/Акция выходного дня/);
    await owner.waitFor(/Used in campaigns: 2/);
    await owner.tap(/Delete/);
    await owner.waitFor(/Delete the audio Акция выходного дня\?/);
    await owner.tap(/Yes, delete/);
    await owner.waitFor(/AutoCall did not delete the audio: .+/);
    expect((await allSounds(api)).map((sound) => sound.id)).toEqual([promo.id]);
    const [entry] = (await h.app.deps.store.audit.list(accountId, { limit: 1 })).entries;
    expect(entry).toMatchObject({ action: 'sound.delete', result: 'error' });
    h.tg.expectNoViolations();
  });

  it('lets a viewer listen but not rename, delete or use a sound; a crafted delete is refused', async () => {
    const { h, owner, api, accountId } = await start();
    const viewer = h.tg.user({ first_name: 'Vera', language_code: 'en' });
    await acceptInvite(viewer, await createInvite(owner, /Invite: viewer/));
    const [sound] = await allSounds(api);
    if (!sound) throw new Error('no seeded sound');

    await viewer.send('/sounds');
    const list = await viewer.waitFor(/Audio: 2/);
    expect(buttonLabels(list)).not.toContain('➕ New audio');
    await viewer.tap(new RegExp(sound.name));
    const card = await viewer.waitFor(/Moderation/);
    expect(buttonLabels(card)).toEqual(['▶️ Listen', '« All audio']);
    await viewer.tap(/Listen/);
    await viewer.waitFor((message) => message.media?.kind === 'document');
    const answer = await viewer.pressCallback(`sddy:${accountId}:${sound.id}`);
    expect(answer.text).toMatch(/Your role \(viewer\) cannot do this/);
    expect((await allSounds(api)).map((s) => s.id)).toContain(sound.id);
    h.tg.expectNoViolations();
  });

  it('downloads and transcribes voice answers of an interactive campaign; a transcript is paid once; 402 offers Top up', async () => {
    const key = 'ak_live_sounds_answers_0123456';
    const { h, owner, api, accountId } = await start({ key, balance: 2_500 });
    const scenario = (await api.scenarios.list()).data.find((item) => item.name === 'Опрос качества');
    if (!scenario) throw new Error('the seeded scenario is missing');
    const numbers = Array.from({ length: 10 }, (_, i) => ({ number: `+7747000${String(i).padStart(4, '0')}` }));
    const created = await api.autocalls.create({ name: 'Опрос апрель', type: 'interactive', scenario_id: scenario.id, list_id: numbers, time_from: '00:00:00', time_to: '23:59:00' });
    if (created.status !== 'created') throw new Error('the campaign was not created at once');
    h.autocall.clock.advance(DAY);
    const campaign = await api.autocalls.get(created.autocall.id);
    const answered = (campaign.calls?.data ?? []).filter((call) => call.status === 'success');
    const call = answered[0];
    if (!call) throw new Error('nobody answered');

    await owner.send('/sounds');
    await owner.waitFor(/Audio/);
    await owner.tap(/Voice answers from campaigns/);
    await owner.waitFor(/Interactive campaigns: 1/);
    await owner.tap(/Опрос апрель/);
    const calls = await owner.waitFor(/Calls 1–10 of 10; with voice answers among them: \d+/);
    expect(calls.text).toContain(`with voice answers among them: ${answered.length}.`);
    await owner.tap(`${formatPhone(call.number)} · 🎙 1`);
    await owner.waitFor(/Answers of/);

    await owner.tap('⬇️ 1');
    // The sandbox records answers as WAV, which Telegram plays only as a file.
    const answerFile = await owner.waitFor((message) => message.media?.kind === 'document');
    const file = (call.data?.['answers'] as { file: string }[] | undefined)?.[0]?.file ?? '';
    const expected = await api.sounds.listen(file, 'download');
    expect(expected.contentType).toMatch(/^audio\/wav/);
    expect(answerFile.caption).toContain(formatPhone(call.number));
    expect(Buffer.from(answerFile.media?.bytes ?? []).equals(Buffer.from(expected.bytes))).toBe(true);

    const before = (await api.payments.balance()).balance;
    await owner.tap('📝 Text 1');
    await owner.waitFor(/Turn answer 1 of .* into text\?\nSpeech recognition is paid from the balance: ₸1\.80 per second/);
    await owner.tap(/Yes, get the text/);
    const transcript = await owner.waitFor(/📝 Answer 1 of/);
    const charged = before - (await api.payments.balance()).balance;
    expect(charged).toBeGreaterThan(0);
    // Asked again (the answers came back before the transcript was sent): the kept transcript, nothing charged.
    await owner.tap('📝 Text 1');
    await owner.waitFor(/Turn answer 1 of/);
    await owner.tap(/Yes, get the text/);
    const again = await owner.waitFor(/📝 Answer 1 of/);
    expect(again.text).toBe(transcript.text);
    expect(before - (await api.payments.balance()).balance).toBeCloseTo(charged, 2);

    // Spend the rest on a reservation: a waiting campaign of one-second calls at ₸2.80 leaves less than any transcript costs.
    const second = await upload(api, 'Секунда', silentWav(1));
    const left = (await api.payments.balance()).balance;
    const drain = Array.from({ length: Math.floor(left / 2.8) }, (_, i) => ({ number: `+7701${String(1000000 + i)}` }));
    await api.autocalls.create({ name: 'Резерв', type: 'regular', audio_id: [second.id], list_id: drain, date_from: '2099-01-01' });
    const other = answered[1];
    if (!other) throw new Error('only one call was answered');
    await owner.tap(/Calls of the campaign/);
    await owner.waitFor(/Calls 1–10/);
    await owner.tap(`${formatPhone(other.number)} · 🎙 1`);
    await owner.waitFor(/Answers of/);
    await owner.tap('📝 Text 1');
    await owner.waitFor(/Turn answer 1 of/);
    await owner.tap(/Yes, get the text/);
    const funds = await owner.waitFor(/Not enough money for speech recognition: the balance is/);
    expect(callbackOf(funds, /Top up/)).toBe(links.topUp(accountId));
    h.tg.expectNoViolations();
  });
});
