/**
 * Sounds from a person's own audio: a voice note sent to the bot outside any wizard, an MP3 and a WAV sent at
 * step 1 of `/newsound`, each uploaded as it is (Base64, `type=upload`) and sent back to listen to; a wrong format
 * and a file over Telegram's 20 MB named as such; a viewer's voice note left alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type BotUnderTest, startBotUnderTest } from '../support/bot-under-test.js';
import { buttonLabels, joinTeam, linkKey } from '../support/journeys.js';
import type { FakeUser } from '../support/telegram/index.js';
import { mp3Frames, silentWav } from '../sandbox/support/audio-fixtures.js';

const KEY = 'ak_live_soundup_0123456789ab';
const FAST = { env: { FLOOD_LIMIT: '1000' }, telegram: { rateLimits: { privateChatBurst: 1000 } } } as const;

let harness: BotUnderTest | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

/** An Ogg page: capture pattern, version, flags, granule position, serial, sequence, CRC (unchecked), segments. */
function oggPage(flags: number, granule: bigint, sequence: number, payload: Buffer): Buffer {
  const header = Buffer.alloc(28);
  header.write('OggS', 0, 'ascii');
  header.writeUInt8(flags, 5);
  header.writeBigUInt64LE(granule, 6);
  header.writeUInt32LE(0x5eed, 14);
  header.writeUInt32LE(sequence, 18);
  header.writeUInt8(1, 26);
  header.writeUInt8(payload.length, 27);
  return Buffer.concat([header, payload]);
}

/** A voice note as Telegram records them (Ogg Opus at 48 kHz) lasting `seconds`: the head page and the last page. */
function voiceNote(seconds: number): Buffer {
  const head = Buffer.concat([Buffer.from('OpusHead', 'ascii'), Buffer.from([1, 1, 0x38, 0x01, 0x80, 0xbb, 0, 0, 0, 0, 0])]);
  return Buffer.concat([oggPage(2, 0n, 0, head), oggPage(4, BigInt(seconds * 48_000), 1, Buffer.alloc(40))]);
}

interface SandboxSound {
  name: string;
  clientId: string | null;
  seconds: number;
  source: { kind: string; format?: string; bytes?: { bytes: number } };
}
const sounds = (h: BotUnderTest) => (h.autocall.state(KEY) as unknown as { sounds: SandboxSound[] }).sounds;

async function start(): Promise<{ h: BotUnderTest; owner: FakeUser }> {
  const h = await startBotUnderTest({ liveKeys: [KEY], ...FAST });
  harness = h;
  const owner = h.tg.user({ first_name: 'Gulnara', language_code: 'en' });
  await linkKey(owner, KEY);
  return { h, owner };
}

describe('new sound wizard: uploads', () => {
  it('takes a voice note sent outside any wizard, names it and uploads it as it is', async () => {
    const { h, owner } = await start();
    const note = voiceNote(3);
    await owner.sendVoice({ bytes: note });
    const name = await owner.waitFor(/New audio · step 2\/2/);
    expect(name.text).toMatch(/Tap the button to use “Voice message \d{4}-\d\d-\d\d \d\d:\d\d”/);
    await owner.tap(/^✓ Voice message/);
    const card = await owner.waitFor((message) => message.media !== undefined);
    expect(card.media?.kind).toBe('voice');
    expect(Buffer.from(card.media?.bytes ?? []).equals(note)).toBe(true);
    expect(card.caption).toMatch(/^🎧 Voice message .+ \(ID \d+\)\nLength: 3 sec\n⏳ Awaiting moderation/);
    expect(buttonLabels(card)).toEqual(['📞 Use in a call campaign']);
    const made = sounds(h).at(-1);
    expect(made?.source).toEqual({ kind: 'upload', format: 'ogg', bytes: { bytes: note.length } });
    expect(made?.clientId).toMatch(/^[0-9a-f-]{36}$/);
    h.tg.expectNoViolations();
  });

  it('uploads an MP3 sent at step 1 under a typed name, keeps the file on Back, and takes a WAV sent as a document', async () => {
    const { h, owner } = await start();
    await owner.send('/newsound');
    await owner.waitFor(/step 1\/6/);
    await owner.sendAudio({ fileName: 'greeting.mp3', bytes: mp3Frames(2), mimeType: 'audio/mpeg' });
    const name = await owner.waitFor(/step 2\/2/);
    expect(buttonLabels(name)).toEqual(['✓ greeting', '« Back', '✖ Cancel']);
    await owner.tap('« Back');
    const first = await owner.waitFor(/step 1\/2/);
    expect(first.text).toContain('File to upload: greeting.mp3.');
    await owner.tap('✓ Keep this file');
    await owner.waitFor(/step 2\/2/);
    await owner.send('Приветствие');
    const card = await owner.waitFor((message) => message.media !== undefined);
    expect(card.media?.kind).toBe('audio');
    expect(card.caption).toMatch(/^🎧 Приветствие \(ID \d+\)\nLength: 2 sec/);
    expect(sounds(h).at(-1)).toEqual(expect.objectContaining({ name: 'Приветствие', source: { kind: 'upload', format: 'mp3', bytes: { bytes: mp3Frames(2).length } } }));

    await owner.send('/newsound');
    await owner.waitFor(/step 1\/6/);
    await owner.sendDocument({ fileName: 'IVR prompt.wav', bytes: silentWav(1.5), mimeType: 'audio/x-wav' });
    await owner.waitFor(/step 2\/2/);
    await owner.tap('✓ IVR prompt');
    const wav = await owner.waitFor((message) => message.media !== undefined && message.caption?.includes('IVR prompt') === true);
    expect(wav.media?.kind).toBe('document');
    expect(sounds(h).at(-1)?.source).toEqual({ kind: 'upload', format: 'wav', bytes: { bytes: silentWav(1.5).length } });
    h.tg.expectNoViolations();
  });

  it('names a wrong format and a file over 20 MB, and leaves a viewer’s voice note alone', async () => {
    const { h, owner } = await start();
    const before = sounds(h).length;
    await owner.sendAudio({ fileName: 'memo.m4a', bytes: Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypM4A isomiso2')]), mimeType: 'audio/mp4' });
    const refused = await owner.waitFor(/step 1\/6/);
    expect(refused.text).toContain('⚠️ This is a M4A file, and AutoCall takes only MP3, WAV and OGG.');
    await owner.sendAudio({ fileName: 'concert.mp3', bytes: Buffer.alloc(21 * 1024 * 1024, 0xff), mimeType: 'audio/mpeg' });
    await owner.waitFor(/⚠️ The file is over 20 MB: Telegram does not let bots download such files/);
    await owner.tap('✖ Cancel');
    await owner.waitFor(/^Cancelled\.$/);
    expect(sounds(h)).toHaveLength(before);

    const viewer = h.tg.user({ first_name: 'Viewer', language_code: 'en' });
    await joinTeam(owner, viewer, 'viewer');
    await viewer.sendVoice({ bytes: voiceNote(1) });
    await viewer.waitFor(/I did not understand that/);
    expect(sounds(h)).toHaveLength(before);
    h.tg.expectNoViolations();
  });
});
