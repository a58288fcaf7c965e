import { describe, expect, it } from 'vitest';
import { audioMethodFor, mediaType } from '../../src/bot/audio-message.js';

describe('how audio bytes go to Telegram', () => {
  it.each([
    // What AutoCall and its storage send, as sent.
    ['audio/ogg; codecs=opus', 'answer.ogg', 'voice'],
    ['audio/ogg; codecs="opus"', 'answer.ogg', 'voice'],
    ['audio/ogg', 'answer.ogg', 'voice'],
    ['audio/opus', 'answer.opus', 'voice'],
    ['AUDIO/OGG; CODECS=OPUS', 'ANSWER.OGG', 'voice'],
    ['audio/ogg; codecs=vorbis', 'music.ogg', 'document'],
    ['audio/mpeg', 'promo.mp3', 'audio'],
    ['Audio/MPEG', 'promo.mp3', 'audio'],
    ['audio/mp3', 'promo.mp3', 'audio'],
    ['audio/mp4', 'promo.m4a', 'audio'],
    ['audio/x-m4a', 'promo.m4a', 'audio'],
    ['audio/aac', 'promo.aac', 'audio'],
    ['audio/wav', 'recording-17.wav', 'document'],
    ['audio/x-wav', 'recording-17.wav', 'document'],
    ['audio/wave; charset=binary', 'recording-17.wav', 'document'],
    ['audio/flac', 'hi-fi.flac', 'document'],
    // The type says one thing and the name another: the type is what the bytes are.
    ['audio/wav', 'mislabelled.mp3', 'document'],
    ['audio/mpeg', 'mislabelled.wav', 'audio'],
    // No type, or one that says nothing: the extension decides.
    [null, 'answer.OGG', 'voice'],
    [null, 'answer.oga', 'voice'],
    [undefined, 'promo.mp3', 'audio'],
    ['', 'promo.M4A', 'audio'],
    ['application/octet-stream', 'promo.aac', 'audio'],
    ['application/octet-stream; name="rec.wav"', 'rec.wav', 'document'],
    ['binary/octet-stream', 'rec.ogg', 'voice'],
    [null, 'recording-17', 'document'],
    [null, 'sound-7.audio', 'document'],
  ] as const)('%s with %s goes as %s', (contentType, fileName, method) => {
    expect(audioMethodFor(contentType, fileName)).toBe(method);
  });

  it.each([
    ['audio/ogg; codecs=opus', 'audio/ogg'],
    ['Audio/MPEG', 'audio/mpeg'],
    [' audio/wav ;rate=8000', 'audio/wav'],
    [null, ''],
  ])('media type of %s is %s', (header, type) => {
    expect(mediaType(header)).toBe(type);
  });
});
