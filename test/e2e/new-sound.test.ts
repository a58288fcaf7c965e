/**
 * `/newsound` journeys: synthesis with every choice (the sound in AutoCall has exactly them, the audio comes back
 * to listen to) after a summary with the estimated length and price, wrong input and Back at every step, Cancel
 * from each step, a restart between two steps, a 402 when the balance is empty, and a top-up from the summary.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { buttonLabels, linkKey } from '../support/journeys.js';
import type { FakeUser } from '../support/telegram/index.js';

const KEY = 'ak_live_newsound_0123456789a';
/** Journeys type faster than people: Telegram's flood limits and the bot's own are lifted. */
const FAST = { env: { FLOOD_LIMIT: '1000' }, telegram: { rateLimits: { privateChatBurst: 1000 } } } as const;
const TEXT = 'Здравствуйте! Напоминаем об оплате до конца месяца. Спасибо, что вы с нами.';

let harness: BotUnderTest | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

interface SandboxSound {
  id: number;
  clientId: string | null;
  name: string;
  source: { kind: string; text?: string; voice?: string; speed?: number; pitch?: number; format?: string };
}

function sandbox(h: BotUnderTest, key = KEY) {
  return h.autocall.state(key) as unknown as { balance: number; sounds: SandboxSound[] };
}

async function start(key = KEY): Promise<{ h: BotUnderTest; owner: FakeUser }> {
  const h = await startBotUnderTest({ liveKeys: [KEY], ...FAST });
  harness = h;
  if (!h.autocall.hasAccount(key)) h.autocall.createAccount(key, { balance: 0, seeded: false });
  const owner = h.tg.user({ first_name: 'Marat', language_code: 'en' });
  await linkKey(owner, key);
  return { h, owner };
}

/** /newsound with a short text, the suggested voice, speed, pitch and name: on to the summary. */
async function poorSummary(owner: FakeUser): Promise<void> {
    await owner.send('/newsound');
    await owner.waitFor(/step 1\/6/);
    await owner.send('Денег нет, но вы держитесь');
    await owner.waitFor(/step 2\/6/);
    await owner.tap(/^✓ Wavenet-B/);
    await owner.waitFor(/step 3\/6/);
    await owner.tap('✓ ×1');
    await owner.waitFor(/step 4\/6/);
    await owner.tap('✓ 0');
    await owner.waitFor(/step 5\/6/);
    await owner.tap(/^✓ Денег нет/);
}

describe('new sound wizard: synthesis', () => {
  it('synthesizes with the chosen voice, speed, pitch and name, and sends the audio back to listen to', async () => {
    const { h, owner } = await start();
    const before = sandbox(h).sounds.length;
    await owner.send('/newsound');
    await owner.waitFor(/New audio · step 1\/6/);
    await owner.send(TEXT);
    const voices = await owner.waitFor(/step 2\/6/);
    expect(voices.text).toContain(`Text: ${TEXT.length} characters. Choose a voice:`);
    expect(buttonLabels(voices)).toEqual([
      'Wavenet-A · female · Google',
      '✓ Wavenet-B · male · Google',
      'Wavenet-C · female · Google',
      'Wavenet-D · male · Google',
      'Alyss · female · Yandex',
      'Jane · female · Yandex',
      'Oksana · female · Yandex',
      'Omazh · female · Yandex',
      'Zahar · male · Yandex',
      'Ermil · male · Yandex',
      '« Back',
      '✖ Cancel',
    ]);
    await owner.tap('Jane · female · Yandex');
    const speed = await owner.waitFor(/step 3\/6/);
    expect(buttonLabels(speed).slice(0, 4)).toEqual(['×0.75', '✓ ×1', '×1.25', '×1.5']);
    await owner.send('1,3');
    const pitch = await owner.waitFor(/step 4\/6/);
    expect(buttonLabels(pitch).slice(0, 5)).toEqual(['−10', '−5', '✓ 0', '+5', '+10']);
    await owner.tap('+5');
    const name = await owner.waitFor(/step 5\/6/);
    expect(buttonLabels(name)[0]).toBe('✓ Здравствуйте! Напоминаем об оплате до…');
    await owner.send('Оплата до конца месяца');
    const summary = await owner.waitFor(/step 6\/6/);
    expect(summary.text).toContain(TEXT);
    expect(summary.text).toMatch(/Voice: Jane · female · Yandex\nSpeed: ×1.3 · pitch: \+5\nName: Оплата до конца месяца/);
    // 75 characters at ×1.3: about 5 seconds at the tariff's ₸1.80 a second.
    expect(summary.text).toContain(`Characters: ${TEXT.length}`);
    expect(summary.text).toContain('Length: about 5 s of speech');
    expect(summary.text).toContain('💰 About ₸9: AutoCall charges ₸1.80 a second of speech by your tariff');
    expect(summary.text).toContain('Balance: ₸25,000');
    expect(buttonLabels(summary)).toEqual(['🎙 Synthesize', '« Back', '✖ Cancel']);
    // A double tap on Synthesize makes (and bills) one sound.
    await Promise.all([owner.tap('🎙 Synthesize'), owner.tap('🎙 Synthesize')]);
    const card = await owner.waitFor((message) => message.media !== undefined);
    // A WAV is no voice note or audio Telegram plays: it goes out as a document.
    expect(card.media?.kind).toBe('document');
    expect(card.media?.file_name).toMatch(/^sound-\d+\.wav$/);
    expect(Buffer.from(card.media?.bytes ?? []).toString('ascii', 0, 4)).toBe('RIFF');
    expect(card.caption).toMatch(/🎧 Оплата до конца месяца \(ID \d+\)\nLength: \d+ sec\n⏳ Awaiting moderation/);
    expect(buttonLabels(card)).toEqual(['📞 Use in a call campaign']);
    await owner.waitFor(/The audio “Оплата до конца месяца” is ready/);

    const sounds = sandbox(h).sounds;
    expect(sounds).toHaveLength(before + 1);
    const made = sounds.at(-1);
    expect(made?.name).toBe('Оплата до конца месяца');
    expect(made?.clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(made?.source).toEqual({ kind: 'synthesis', text: TEXT, voice: 'jane', speed: 1.3, pitch: 5 });
    const charged = 25_000 - sandbox(h).balance;
    expect(charged).toBeGreaterThan(0);
    expect(charged).toBeLessThanOrEqual(9);
    h.tg.expectNoViolations();
  });

  it('explains a wrong input at every step and keeps every choice on Back', async () => {
    const { h, owner } = await start();
    await owner.send('/newsound');
    await owner.waitFor(/step 1\/6/);
    await owner.send('Ы'.repeat(401));
    await owner.waitFor(/The text has 401 characters; at most 400 are allowed, so shorten it by 1/);
    await owner.sendDocument({ fileName: 'scan.pdf', bytes: Buffer.from('%PDF-1.7 not audio') });
    await owner.waitFor(/This is not an audio file/);
    await owner.sendAudio({ fileName: 'memo.m4a', bytes: Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypM4A isomiso2')]), mimeType: 'audio/mp4' });
    await owner.waitFor(/This is a M4A file, and AutoCall takes only MP3, WAV and OGG/);
    await owner.send('Сәлеметсіз бе!');
    await owner.waitFor(/step 2\/6/);
    await owner.send('Jane please');
    await owner.waitFor(/step 2\/6\n\n⚠️ Here I expect: a button tap\./);
    await owner.tap(/^Zahar/);
    await owner.waitFor(/step 3\/6/);
    await owner.send('fast');
    await owner.waitFor(/I did not get the speed/);
    await owner.send('5');
    await owner.waitFor(/The speed can be from ×0.25 to ×4/);
    await owner.tap('×1.25');
    await owner.waitFor(/step 4\/6/);
    await owner.send('high');
    await owner.waitFor(/I did not get the pitch/);
    await owner.send('−25');
    await owner.waitFor(/The pitch can be from −20 to \+20/);
    await owner.send('−3');
    await owner.waitFor(/step 5\/6/);
    await owner.send('Қайырлы күн, құрметті клиенттер! Біз сізге');
    await owner.waitFor(/The name has 42 characters; at most 40 are allowed/);
    await owner.send('Сәлем');
    const summary = await owner.waitFor(/step 6\/6/);
    expect(summary.text).toMatch(/Voice: Zahar · male · Yandex\nSpeed: ×1.25 · pitch: −3\nName: Сәлем/);
    await owner.send('go');
    await owner.waitFor(/step 6\/6\n\n⚠️ Here I expect: a button tap\./);

    // Back through every step: each shows what was chosen.
    await owner.tap('« Back');
    expect(buttonLabels(await owner.waitFor(/step 5\/6/))[0]).toBe('✓ Сәлем');
    await owner.tap('« Back');
    await owner.waitFor(/step 4\/6[\s\S]*Now: −3\./);
    await owner.tap('« Back');
    expect(buttonLabels(await owner.waitFor(/step 3\/6/))).toContain('✓ ×1.25');
    await owner.tap('« Back');
    expect(buttonLabels(await owner.waitFor(/step 2\/6/))).toContain('✓ Zahar · male · Yandex');
    await owner.tap('« Back');
    const first = await owner.waitFor(/step 1\/6/);
    expect(first.text).toContain('Text (14 of 400 characters):\nСәлеметсіз бе!');
    await owner.tap('✓ Keep this text');
    await owner.waitFor(/step 2\/6/);
    await owner.send('/cancel');
    await owner.waitFor(/^Cancelled\.$/);
    expect(sandbox(h).sounds.some((s) => s.name === 'Сәлем')).toBe(false);
    h.tg.expectNoViolations();
  });

  it('cancels from each step with the button', async () => {
    const { h, owner } = await start();
    const forward = [() => owner.send('Тест'), () => owner.tap(/^Alyss/), () => owner.tap('✓ ×1'), () => owner.tap('✓ 0'), () => owner.tap(/^✓ Тест/)];
    for (let steps = 0; steps <= forward.length; steps++) {
      await owner.send('/newsound');
      await owner.waitFor(/step 1\/6/);
      for (const [index, move] of forward.slice(0, steps).entries()) {
        await move();
        await owner.waitFor(new RegExp(`step ${index + 2}/6`));
      }
      await owner.tap('✖ Cancel');
      await owner.waitFor(/^Cancelled\.$/);
    }
    expect(sandbox(h).sounds.some((s) => s.name === 'Тест')).toBe(false);
    h.tg.expectNoViolations();
  });

  it('finishes after a restart of the bot process between two steps', async () => {
    const { h, owner } = await start();
    await owner.send('/newsound');
    await owner.waitFor(/step 1\/6/);
    await owner.send('Перезапуск не страшен');
    await owner.waitFor(/step 2\/6/);
    await h.restart();
    await owner.tap(/^Oksana/);
    await owner.waitFor(/step 3\/6/);
    await owner.tap('×0.75');
    await owner.waitFor(/step 4\/6/);
    await h.restart();
    await owner.tap('−5');
    await owner.waitFor(/step 5\/6/);
    await owner.tap(/^✓ Перезапуск/);
    await owner.waitFor(/step 6\/6/);
    await owner.tap('🎙 Synthesize');
    await owner.waitFor(/The audio “Перезапуск не страшен” is ready/);
    expect(sandbox(h).sounds.at(-1)?.source).toEqual({ kind: 'synthesis', text: 'Перезапуск не страшен', voice: 'oksana', speed: 0.75, pitch: -5 });
    h.tg.expectNoViolations();
  });

  it('warns before synthesis on an empty balance, and a 402 ends with the balance and Top up', async () => {
    const poor = 'ak_live_poorsound_0123456789';
    const { h, owner } = await start(poor);
    await poorSummary(owner);
    const summary = await owner.waitFor(/step 6\/6/);
    expect(summary.text).toContain('Balance: ₸0');
    expect(summary.text).toContain('Length: about 3 s of speech');
    expect(summary.text).toContain('⚠️ The balance may not cover it: top it up by at least ₸5.40.');
    expect(buttonLabels(summary)).toEqual(['🎙 Synthesize', '💳 Top up', '« Back', '✖ Cancel']);
    await owner.tap('🎙 Synthesize');
    const refusal = await owner.waitFor(/There is not enough money on the balance for the synthesis \(it is ₸0 now\)/);
    expect(buttonLabels(refusal)).toEqual(['💳 Top up']);
    expect(sandbox(h, poor).sounds).toHaveLength(0);
    h.tg.expectNoViolations();
  });

  it('tops up from the summary without leaving the wizard, then synthesizes within the estimate', async () => {
    const poor = 'ak_live_poorsound_0123456789';
    const { h, owner } = await start(poor);
    await poorSummary(owner);
    await owner.waitFor(/step 6\/6.*top it up by at least ₸5\.40/s);
    await owner.tap('💳 Top up');
    await owner.waitFor(/step 6\/6.*How much to top up/s);
    await owner.tap('₸1,000');
    const link = await owner.waitFor(/Pay ₸1,000 by VISA/);
    expect((await fetch(/https?:\/\/\S+\/pay\/\S+/.exec(link.text ?? '')?.[0] ?? '')).status).toBe(200);
    await owner.tap('↩ Back to summary');
    const summary = await owner.waitFor(/step 6\/6.*Balance: ₸1,000/s);
    expect(summary.text).toContain('💰 About ₸5.40');
    expect(buttonLabels(summary)).toEqual(['🎙 Synthesize', '« Back', '✖ Cancel']);
    await owner.tap('🎙 Synthesize');
    await owner.waitFor(/The audio “Денег нет, но вы держитесь” is ready/);
    expect(sandbox(h, poor).sounds.map((sound) => sound.source)).toEqual([{ kind: 'synthesis', text: 'Денег нет, но вы держитесь', voice: 'ru-RU-Wavenet-B', speed: 1, pitch: 0 }]);
    const charged = 1000 - sandbox(h, poor).balance;
    expect(charged).toBeGreaterThan(0);
    expect(charged).toBeLessThanOrEqual(5.4);
    h.tg.expectNoViolations();
  });
});
