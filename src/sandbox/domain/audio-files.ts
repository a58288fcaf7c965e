/**
 * Recognises uploaded audio (the contract accepts mp3, wav and ogg as Base64) and measures its duration from the
 * file's own headers: WAV's byte rate, Ogg's last granule position, MP3's first frame bitrate (constant bitrate
 * assumed, as uploads of announcements usually are).
 */
export type AudioFormat = 'wav' | 'ogg' | 'mp3';

export type AudioProbe = { kind: 'audio'; format: AudioFormat; seconds: number } | { kind: 'not-audio' };

const MIME: Readonly<Record<AudioFormat, string>> = { wav: 'audio/wav', ogg: 'audio/ogg', mp3: 'audio/mpeg' };

export function audioMime(format: AudioFormat): string {
  return MIME[format];
}

function probeWav(bytes: Buffer): AudioProbe {
  let offset = 12;
  let byteRate = 0;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    if (id === 'fmt ' && offset + 16 <= bytes.length) byteRate = bytes.readUInt32LE(offset + 16);
    if (id === 'data') {
      if (byteRate === 0) return { kind: 'not-audio' };
      const available = Math.min(size, bytes.length - offset - 8);
      return { kind: 'audio', format: 'wav', seconds: available / byteRate };
    }
    offset += 8 + size + (size % 2);
  }
  return { kind: 'not-audio' };
}

function probeOgg(bytes: Buffer): AudioProbe {
  const payload = 27 + (bytes[26] ?? 0);
  let rate = 0;
  if (bytes.toString('ascii', payload, payload + 8) === 'OpusHead') rate = 48000;
  else if (bytes.toString('ascii', payload + 1, payload + 7) === 'vorbis' && payload + 16 <= bytes.length) {
    rate = bytes.readUInt32LE(payload + 12);
  }
  const last = bytes.lastIndexOf('OggS');
  if (rate === 0 || last < 0 || last + 14 > bytes.length) return { kind: 'not-audio' };
  const granule = Number(bytes.readBigUInt64LE(last + 6));
  return { kind: 'audio', format: 'ogg', seconds: granule / rate };
}

const MPEG1_L3_KBPS = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const MPEG2_L3_KBPS = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];

function probeMp3(bytes: Buffer): AudioProbe {
  let start = 0;
  if (bytes.toString('ascii', 0, 3) === 'ID3' && bytes.length >= 10) {
    const size = ((bytes[6] ?? 0) << 21) | ((bytes[7] ?? 0) << 14) | ((bytes[8] ?? 0) << 7) | (bytes[9] ?? 0);
    start = 10 + size;
  }
  for (let i = start; i + 4 <= bytes.length && i < start + 4096; i++) {
    const b1 = bytes[i + 1] ?? 0;
    if (bytes[i] !== 0xff || (b1 & 0xe0) !== 0xe0) continue;
    const mpeg1 = (b1 & 0x18) === 0x18;
    const layer3 = (b1 & 0x06) === 0x02;
    const kbps = (mpeg1 ? MPEG1_L3_KBPS : MPEG2_L3_KBPS)[((bytes[i + 2] ?? 0) >> 4) & 0x0f] ?? 0;
    if (!layer3 || kbps === 0) continue;
    return { kind: 'audio', format: 'mp3', seconds: ((bytes.length - i) * 8) / (kbps * 1000) };
  }
  return { kind: 'not-audio' };
}

export function probeAudio(bytes: Buffer): AudioProbe {
  if (bytes.toString('ascii', 0, 4) === 'RIFF' && bytes.toString('ascii', 8, 12) === 'WAVE') return probeWav(bytes);
  if (bytes.toString('ascii', 0, 4) === 'OggS') return probeOgg(bytes);
  return probeMp3(bytes);
}
