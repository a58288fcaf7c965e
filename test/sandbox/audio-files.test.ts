/** Recognising uploaded audio and measuring it, and the WAV files the sandbox serves. */
import { describe, expect, it } from 'vitest';
import { probeAudio } from '../../src/sandbox/domain/audio-files.js';
import { voiceWav } from '../../src/sandbox/domain/wav.js';
import { mp3Frames, readWav, silentWav } from './support/audio-fixtures.js';

function oggOpus(seconds: number): Buffer {
  const page = (granule: bigint, payload: Buffer) => {
    const header = Buffer.alloc(27 + 1);
    header.write('OggS', 0, 'ascii');
    header.writeBigUInt64LE(granule, 6);
    header[26] = 1;
    header[27] = payload.length;
    return Buffer.concat([header, payload]);
  };
  return Buffer.concat([page(0n, Buffer.from('OpusHead\u0001\u0001')), page(BigInt(seconds * 48000), Buffer.alloc(20))]);
}

describe('probeAudio', () => {
  it.each([
    ['a 3-second WAV', silentWav(3), 'wav', 3],
    ['a 4-second 128 kbps MP3', mp3Frames(4), 'mp3', 4],
    ['an MP3 behind an ID3 tag', Buffer.concat([Buffer.from([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 10]), Buffer.alloc(10), mp3Frames(2)]), 'mp3', 2],
    ['a 5-second Ogg Opus', oggOpus(5), 'ogg', 5],
  ] as const)('%s', (_name, bytes, format, seconds) => {
    const probe = probeAudio(bytes);
    expect(probe.kind).toBe('audio');
    if (probe.kind === 'audio') {
      expect(probe.format).toBe(format);
      expect(probe.seconds).toBeCloseTo(seconds, 1);
    }
  });

  it.each([
    ['text', Buffer.from('hello, this is not audio')],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['an empty file', Buffer.alloc(0)],
    ['a RIFF that is not WAVE', Buffer.from('RIFF\u0000\u0000\u0000\u0000AVI LIST')],
  ])('refuses %s', (_name, bytes) => {
    expect(probeAudio(bytes)).toEqual({ kind: 'not-audio' });
  });
});

describe('voiceWav', () => {
  it('is a real WAV of the asked length that the probe reads back', () => {
    const wav = voiceWav(2.5, 'seed');
    expect(readWav(wav)).toEqual({ sampleRate: 8000, channels: 1, seconds: 2.5 });
    expect(probeAudio(wav)).toEqual({ kind: 'audio', format: 'wav', seconds: 2.5 });
  });

  it('is the same for the same seed and not silent', () => {
    expect(voiceWav(1, 'a').equals(voiceWav(1, 'a'))).toBe(true);
    expect(voiceWav(1, 'a').equals(voiceWav(1, 'b'))).toBe(false);
    expect(voiceWav(1, 'a').subarray(44).some((byte) => byte !== 0)).toBe(true);
  });
});
