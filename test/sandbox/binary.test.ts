/**
 * Real bytes where the contract serves files: call recordings, voice answers (and their paid transcription), and
 * the audio behind a sound's playback_url.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { mp3Frames, readWav, silentWav } from './support/audio-fixtures.js';
import { arr, clientFor, HOUR, MINUTE, MONDAY_10_ALMATY, obj } from './support/client.js';

let sandbox: Sandbox;
let api: ReturnType<typeof clientFor>;
let answeredCall: Record<string, unknown>;
let unrecordedCallId: number;

beforeAll(async () => {
  sandbox = await startSandbox({ keys: [], startAt: MONDAY_10_ALMATY, seed: 21 });
  sandbox.createAccount('bin', { seeded: false, balance: 3000 });
  api = clientFor(sandbox, 'bin');
  const scenario = await api.call('post-scenarios', { body: { name: 'Ответ', data: JSON.stringify({ steps: [{ type: 'record' }] }) } });
  const sound = await api.call('post-sounds', { body: { name: 'Привет', type: 'upload', data: [{ file: silentWav(6).toString('base64') }] } });
  sandbox.clock.advance(5 * MINUTE);
  const numbers = Array.from({ length: 10 }, (_, i) => ({ number: `+7747000${String(i).padStart(4, '0')}` }));
  const interactive = await api.call('post-autocalls', {
    body: { name: 'Интерактив', type: 'interactive', scenario_id: Number(obj(scenario.body)['id']), list_id: numbers, record: true, time_from: '09:00:00' },
  });
  const plain = await api.call('post-autocalls', {
    body: { name: 'Без записи', type: 'regular', audio_id: [Number(obj(sound.body)['id'])], list_id: numbers, time_from: '09:00:00' },
  });
  sandbox.clock.advance(HOUR);
  const calls = (id: unknown) =>
    api.call('get-autocalls-id', { params: { id: Number(id) } }).then((a) => arr(obj(obj(a.body)['calls'])['data']).map(obj));
  const interactiveCalls = await calls(obj(interactive.body)['id']);
  const found = interactiveCalls.find((c) => c['status'] === 'success');
  if (!found) throw new Error('no answered call');
  answeredCall = found;
  unrecordedCallId = Number((await calls(obj(plain.body)['id'])).find((c) => c['status'] === 'success')?.['id']);
});

afterAll(async () => {
  await sandbox.close();
});

describe('recordings', () => {
  it('serves the conversation of a recorded call as a WAV as long as the call', async () => {
    const answer = await api.call('get-calls-recordings-id', { params: { id: Number(answeredCall['id']) } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toMatch(/attachment; filename="call-\d+\.wav"/);
    const wav = readWav(answer.bytes);
    expect(wav).toMatchObject({ sampleRate: 8000, channels: 1 });
    expect(wav.seconds).toBe(Math.min(Number(answeredCall['duration']), 30));
  });

  it('has nothing for a campaign that did not record', async () => {
    expect((await api.call('get-calls-recordings-id', { params: { id: unrecordedCallId } })).status).toBe(404);
  });
});

describe('voice answers', () => {
  const file = () => String(obj(arr(obj(answeredCall['data'])['answers'])[0])['file']);

  it('downloads as WAV, free', async () => {
    const before = obj((await api.call('get-balance')).body)['balance'];
    const answer = await api.call('get-sounds-listen-file', { params: { file: file() }, query: { type: 'download' } });
    expect(readWav(answer.bytes).seconds).toBeGreaterThanOrEqual(2);
    expect(obj((await api.call('get-balance')).body)['balance']).toBe(before);
  });

  it('transcribes for the recognition price, the same text every time, and 402 when money runs out', async () => {
    const first = await api.call('get-sounds-listen-file', { params: { file: file() }, query: { type: 'text' } });
    const second = await api.call('get-sounds-listen-file', { params: { file: file() }, query: { type: 'text' } });
    expect(obj(second.body)['text']).toBe(obj(first.body)['text']);
    const balance = async () => Number(obj((await api.call('get-balance')).body)['balance']);
    const perRequest = (await balance()) - (await (async () => {
      await api.call('get-sounds-listen-file', { params: { file: file() }, query: { type: 'text' } });
      return balance();
    })());
    expect(perRequest).toBeGreaterThanOrEqual(2 * 1.8 - 0.001);
    expect(perRequest).toBeLessThanOrEqual(8 * 1.8 + 0.001);
    // Spend the rest on long slow syntheses and flash calls, then transcribe until the money is gone.
    const long = { name: 'Длинный', type: 'synthesis', data: [{ text: 'Ж'.repeat(400), speed: 0.25 }] };
    while ((await balance()) >= 250) await api.call('post-sounds', { body: long });
    for (let i = 0; (await balance()) >= 7; i++) {
      await api.call('post-flash-calls', { body: { number: `+7701${String(i).padStart(7, '0')}`, digits: 4 } });
    }
    let status = 200;
    for (let i = 0; i < 5 && status === 200; i++) {
      status = (await api.call('get-sounds-listen-file', { params: { file: file() }, query: { type: 'text' } })).status;
    }
    expect(status).toBe(402);
    expect(await balance()).toBeGreaterThanOrEqual(0);
  });
});

describe('playback URLs', () => {
  it("serve synthesized speech as WAV of the sound's duration", async () => {
    sandbox.createAccount('voice', { seeded: false });
    const voice = clientFor(sandbox, 'voice');
    const sound = obj((await voice.call('post-sounds', { body: { name: 'Речь', type: 'synthesis', data: [{ text: 'Здравствуйте! Это проверка синтеза речи.' }] } })).body);
    const response = await fetch(String(sound['playback_url']));
    expect(response.headers.get('content-type')).toBe('audio/wav');
    expect(readWav(Buffer.from(await response.arrayBuffer())).seconds).toBe(sound['duration']);
  });

  it('serve an upload as it was sent, with its measured duration', async () => {
    sandbox.createAccount('upload', { seeded: false });
    const upload = clientFor(sandbox, 'upload');
    const mp3 = mp3Frames(4);
    const sound = obj((await upload.call('post-sounds', { body: { name: 'Трек', type: 'upload', data: [{ file: mp3.toString('base64') }] } })).body);
    expect(sound['duration']).toBe(4);
    expect(String(sound['playback_url'])).toMatch(/\.mp3$/);
    const response = await fetch(String(sound['playback_url']));
    expect(response.headers.get('content-type')).toBe('audio/mpeg');
    expect(Buffer.from(await response.arrayBuffer()).equals(mp3)).toBe(true);
  });
});
