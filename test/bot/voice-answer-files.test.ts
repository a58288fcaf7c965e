import { describe, expect, it } from 'vitest';
import { voiceAnswerFiles } from '../../src/bot/features/sounds/voice-answer-files.js';
import { audioFileName } from '../../src/bot/features/sounds/listen.js';

describe('voiceAnswerFiles', () => {
  it.each([
    ['the sandbox shape', { result: 'completed', answers: [{ step: 1, type: 'record', file: 'rec-12-1.wav' }, { step: 2, type: 'record', file: 'rec-12-2.wav' }] }, ['rec-12-1.wav', 'rec-12-2.wav']],
    ['keys pressed and a recording', { path: [1, 3], keys: { '1': 'да' }, record: { file: 'a8f3c1.mp3' } }, ['a8f3c1.mp3']],
    ['a bare file name in a list', { records: ['answer_1.ogg', 'answer_2.OGG'] }, ['answer_1.ogg', 'answer_2.OGG']],
    ['a file field without an extension', [{ type: 'record', file: '5f1e2d9c' }], ['5f1e2d9c']],
    ['the same file twice', { a: { file: 'x.wav' }, b: 'x.wav' }, ['x.wav']],
    ['a link is not a file name', { url: 'https://autocall.kz/storage/x.wav', file: 'https://autocall.kz/x.wav' }, []],
    ['text that mentions audio', { text: 'sent file.wav yesterday' }, []],
    ['no data', null, []],
    ['an empty PHP array', [], []],
  ])('%s', (_, data, files) => {
    expect(voiceAnswerFiles(data)).toEqual(files);
  });
});

describe('audio files sent to Telegram', () => {
  it.each([
    [{ id: 7, name: 'Акция выходного дня', playback_url: 'https://autocall.kz/storage/sounds/ab12.wav' }, 'audio/wav', 'Акция выходного дня.wav'],
    [{ id: 7, name: 'Promo: 50/50', playback_url: 'https://autocall.kz/s/ab12.mp3' }, 'application/octet-stream', 'Promo_ 50_50.mp3'],
    [{ id: 7, name: 'Привет', playback_url: 'https://autocall.kz/s/ab12' }, 'audio/ogg', 'Привет.ogg'],
    [{ id: 7, name: '???', playback_url: 'https://autocall.kz/s/ab12' }, '', 'sound-7.audio'],
  ])('%j as %s is named %s', (sound, type, name) => {
    expect(audioFileName(sound, type)).toBe(name);
  });
});
