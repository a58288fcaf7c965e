/** Audio files built byte by byte for upload tests, independent of the sandbox's own generator. */

/** A silent 8 kHz 16-bit mono WAV of `seconds`. */
export function silentWav(seconds: number): Buffer {
  const dataBytes = Math.round(seconds * 8000) * 2;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return Buffer.concat([header, Buffer.alloc(dataBytes)]);
}

/** An MPEG-1 Layer III stream of 128 kbps frames (frame headers only matter to a duration probe). */
export function mp3Frames(seconds: number): Buffer {
  const bytes = Math.round((seconds * 128_000) / 8);
  const out = Buffer.alloc(bytes);
  out[0] = 0xff;
  out[1] = 0xfb; // MPEG-1, Layer III, no CRC
  out[2] = 0x90; // 128 kbps, 44.1 kHz
  out[3] = 0x64;
  return out;
}

/** Reads a WAV header: sample rate, channels and duration. */
export function readWav(bytes: Buffer): { sampleRate: number; channels: number; seconds: number } {
  if (bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') {
    throw new Error('not a WAV file');
  }
  const sampleRate = bytes.readUInt32LE(24);
  const byteRate = bytes.readUInt32LE(28);
  const dataBytes = bytes.readUInt32LE(40);
  if (dataBytes !== bytes.length - 44) throw new Error('WAV data size does not match the file');
  return { sampleRate, channels: bytes.readUInt16LE(22), seconds: dataBytes / byteRate };
}
