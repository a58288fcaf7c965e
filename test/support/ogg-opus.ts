/**
 * A minimal Ogg/Opus file for journeys that need a voice note: one Ogg page holding the `OpusHead` header, its
 * granule position saying how long the audio is (Opus counts at 48 kHz). Enough for the sandbox to recognise it
 * as Ogg and measure it; no sound plays.
 */
const OPUS_RATE = 48_000;

export function oggOpus(seconds: number): Buffer {
  const head = Buffer.alloc(19);
  head.write('OpusHead', 0, 'ascii');
  head.writeUInt8(1, 8); // version
  head.writeUInt8(1, 9); // one channel
  head.writeUInt32LE(OPUS_RATE, 12); // the input's rate, for information
  const page = Buffer.alloc(27 + 1);
  page.write('OggS', 0, 'ascii');
  page.writeUInt8(0x04, 5); // the last page of the stream
  page.writeBigUInt64LE(BigInt(seconds * OPUS_RATE), 6);
  page.writeUInt32LE(1, 14); // stream serial number
  page.writeUInt8(1, 26); // one segment
  page.writeUInt8(head.length, 27);
  return Buffer.concat([page, head]);
}
