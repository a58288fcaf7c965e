/**
 * Small, real WAV files (8 kHz, 16-bit, mono PCM) for everything the sandbox serves as audio: synthesized
 * sounds, call recordings, subscribers' voice answers. The signal is a chain of vowel-like tones whose pitch is
 * fixed by `seed`, so the same recording always has the same bytes.
 */
import { unitFor } from '../core/random.js';

const SAMPLE_RATE = 8000;
const SYLLABLE_SECONDS = 0.25;

function header(dataBytes: number): Buffer {
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write('WAVE', 8, 'ascii');
  h.write('fmt ', 12, 'ascii');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(SAMPLE_RATE, 24);
  h.writeUInt32LE(SAMPLE_RATE * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(dataBytes, 40);
  return h;
}

/** A voice-like WAV of `seconds` (at least 0.5 s). */
export function voiceWav(seconds: number, seed: string): Buffer {
  const samples = Math.max(Math.round(SAMPLE_RATE / 2), Math.round(seconds * SAMPLE_RATE));
  const data = Buffer.alloc(samples * 2);
  const perSyllable = Math.round(SYLLABLE_SECONDS * SAMPLE_RATE);
  let phase = 0;
  for (let i = 0; i < samples; i++) {
    const syllable = Math.floor(i / perSyllable);
    const within = (i % perSyllable) / perSyllable;
    const pitch = 110 + 120 * unitFor(seed, syllable);
    const pause = unitFor(seed, syllable, 'pause') < 0.2;
    phase += (2 * Math.PI * pitch) / SAMPLE_RATE;
    // Three harmonics under a sine envelope sound like a vowel rather than a beep.
    const envelope = pause ? 0 : Math.sin(Math.PI * within);
    const value = envelope * (0.5 * Math.sin(phase) + 0.3 * Math.sin(2 * phase) + 0.2 * Math.sin(3 * phase));
    data.writeInt16LE(Math.round(value * 12000), i * 2);
  }
  return Buffer.concat([header(data.length), data]);
}
