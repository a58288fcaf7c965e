import { describe, expect, it } from 'vitest';
import { sniffAudio } from '../../../src/domain/sound/index.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

describe('sniffAudio', () => {
  it.each([
    ['a WAV from a recorder', bytes('RIFF', [0x24, 0x08, 0, 0], 'WAVEfmt '), 'wav'],
    ['an Ogg/Opus voice note from Telegram', bytes('OggS', [0, 2, 0, 0], 'OpusHead'), 'ogg'],
    ['an MP3 with an ID3 tag', bytes('ID3', [4, 0, 0, 0, 0, 0, 0]), 'mp3'],
    ['an MP3 without a tag (MPEG-1 Layer III frame)', bytes([0xff, 0xfb, 0x90, 0x64]), 'mp3'],
    ['an MP3 at 22 kHz (MPEG-2 Layer III frame)', bytes([0xff, 0xf3, 0x48, 0xc4]), 'mp3'],
  ])('%s is %s', (_name, head, format) => {
    expect(sniffAudio(head)).toEqual({ ok: true, format });
  });

  it.each([
    ['an iPhone voice memo (M4A)', bytes([0, 0, 0, 0x20], 'ftypM4A '), 'm4a'],
    ['raw AAC (ADTS)', bytes([0xff, 0xf1, 0x50, 0x80]), 'aac'],
    ['FLAC', bytes('fLaC', [0, 0, 0, 0x22]), 'flac'],
    ['an AMR recording from an old phone', bytes('#!AMR\n'), 'amr'],
    ['a WebM recording from a browser', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f]), 'webm'],
    ['a PDF', bytes('%PDF-1.7'), 'unknown'],
    ['an empty file', bytes(), 'unknown'],
    ['MPEG Layer II (not mp3)', bytes([0xff, 0xfd, 0x90, 0x64]), 'unknown'],
  ])('%s is refused as %s', (_name, head, format) => {
    expect(sniffAudio(head)).toEqual({ ok: false, format });
  });
});
