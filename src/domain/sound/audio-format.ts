/**
 * What audio file a person sent, judged by its first bytes (names and MIME types lie: a `.mp3` may be an M4A from
 * a phone). AutoCall's `POST /sounds` takes mp3, wav and ogg; other common formats are named so the message can
 * say what to convert.
 */

/** Formats `POST /sounds` uploads accept. */
export type AudioFormat = 'mp3' | 'wav' | 'ogg';

/** Formats people send that AutoCall does not take. */
export type OtherAudioFormat = 'm4a' | 'aac' | 'flac' | 'amr' | 'webm' | 'unknown';

export type SniffedAudio = { readonly ok: true; readonly format: AudioFormat } | { readonly ok: false; readonly format: OtherAudioFormat };

const ascii = (head: Uint8Array, from: number, to: number): string => String.fromCharCode(...head.subarray(from, to));

/** MPEG audio frame sync: 11 set bits; `layer` bits 01 are Layer III (mp3); 00 after a 12-bit sync is ADTS (AAC). */
function frameSync(head: Uint8Array): 'mp3' | 'aac' | null {
  const [b0 = 0, b1 = 0] = head;
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  const layer = (b1 >> 1) & 0x03;
  if (layer === 0) return (b1 & 0xf0) === 0xf0 ? 'aac' : null;
  return layer === 1 ? 'mp3' : null;
}

export function sniffAudio(head: Uint8Array): SniffedAudio {
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WAVE') return { ok: true, format: 'wav' };
  if (ascii(head, 0, 4) === 'OggS') return { ok: true, format: 'ogg' };
  if (ascii(head, 0, 3) === 'ID3') return { ok: true, format: 'mp3' };
  const mpeg = frameSync(head);
  if (mpeg === 'mp3') return { ok: true, format: 'mp3' };
  if (mpeg === 'aac') return { ok: false, format: 'aac' };
  if (ascii(head, 4, 8) === 'ftyp') return { ok: false, format: 'm4a' };
  if (ascii(head, 0, 4) === 'fLaC') return { ok: false, format: 'flac' };
  if (ascii(head, 0, 5) === '#!AMR') return { ok: false, format: 'amr' };
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return { ok: false, format: 'webm' };
  return { ok: false, format: 'unknown' };
}
