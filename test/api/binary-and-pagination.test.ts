import { afterEach, describe, expect, it } from 'vitest';
import { fallbackFileName, fileNameFromDisposition } from '../../src/api/binary-file.js';
import { paginate } from '../../src/api/index.js';
import { contact, contactList, laravelPage, sound } from './support/fixtures.js';
import { startHarness, type Harness } from './support/harness.js';
import { reply } from './support/stub-server.js';

const audio = Uint8Array.from([0x49, 0x44, 0x33, 0x04, 0x00, 0xff, 0xfb, 0x90]);

describe('binary endpoints', () => {
  let harness: Harness;
  afterEach(() => harness.close());

  it('returns a call recording as bytes, content type and the server’s file name', async () => {
    harness = await startHarness((_, response) => {
      response.writeHead(200, { 'content-type': 'audio/mpeg', 'content-disposition': 'attachment; filename="call-9001.mp3"' });
      response.end(audio);
    });
    const file = await harness.run(harness.api.calls.recording(9001));
    expect(file).toEqual({ bytes: audio, contentType: 'audio/mpeg', fileName: 'call-9001.mp3' });
    expect(harness.server.received[0]?.url).toBe('/api/v1/calls/recordings/9001');
  });

  it('names the file itself when the server does not', async () => {
    harness = await startHarness((_, response) => {
      response.writeHead(200, { 'content-type': 'audio/wav' });
      response.end(audio);
    });
    await expect(harness.run(harness.api.calls.recording(9001))).resolves.toMatchObject({ fileName: 'recording-9001.wav' });
    await expect(harness.run(harness.api.sounds.listen('answer 1.ogg', 'download'))).resolves.toMatchObject({
      fileName: 'answer 1.ogg',
      contentType: 'audio/wav',
    });
    expect(harness.server.received[1]?.url).toBe('/api/v1/sounds/listen/answer%201.ogg?type=download');
  });

  it('returns the transcript as JSON for type=text', async () => {
    harness = await startHarness((_, response) => reply(response, 200, { text: 'Да, удобно' }));
    await expect(harness.run(harness.api.sounds.listen('answer-1.ogg', 'text'))).resolves.toEqual({ text: 'Да, удобно' });
    expect(harness.server.received[0]?.url).toBe('/api/v1/sounds/listen/answer-1.ogg?type=text');
  });

  it.each([
    ['attachment; filename="record.mp3"', 'record.mp3'],
    ['attachment; filename=record.mp3', 'record.mp3'],
    [`attachment; filename="x.mp3"; filename*=UTF-8''%D0%B7%D0%B0%D0%BF%D0%B8%D1%81%D1%8C.mp3`, 'запись.mp3'],
    ['attachment; filename="say \\"hi\\".wav"', 'say "hi".wav'],
    ['inline', null],
    [undefined, null],
  ])('reads the file name of %s', (header, expected) => {
    expect(fileNameFromDisposition(header)).toBe(expected);
  });

  it.each([
    ['recording-5', 'audio/mpeg', 'recording-5.mp3'],
    ['recording-5', 'audio/ogg; codecs=opus', 'recording-5.ogg'],
    ['answer.wav', 'audio/mpeg', 'answer.wav'],
    ['recording-5', 'application/octet-stream', 'recording-5'],
  ])('falls back from %s and %s to %s', (name, type, expected) => {
    expect(fallbackFileName(name, type)).toBe(expected);
  });
});

describe('pagination', () => {
  let harness: Harness;
  afterEach(() => harness.close());

  it('iterates every item across Laravel pages, fetching lazily', async () => {
    const pages = [1, 2, 3].map((page) =>
      laravelPage([{ ...sound, id: page * 10 }, { ...sound, id: page * 10 + 1 }], page, 3, 'https://autocall.kz/api/v1/sounds'),
    );
    harness = await startHarness((request, response) => {
      const page = Number(new URL(request.url, 'http://x').searchParams.get('page'));
      reply(response, 200, pages[page - 1]);
    });
    const ids: number[] = [];
    for await (const item of paginate((page) => harness.run(harness.api.sounds.list({ page })))) {
      ids.push(item.id);
      if (ids.length === 3) expect(harness.server.received).toHaveLength(2);
    }
    expect(ids).toEqual([10, 11, 20, 21, 30, 31]);
    expect(harness.server.received.map((r) => r.url)).toEqual([
      '/api/v1/sounds?page=1',
      '/api/v1/sounds?page=2',
      '/api/v1/sounds?page=3',
    ]);
  });

  it('iterates a page nested in a resource, and stops on an empty page', async () => {
    harness = await startHarness((request, response) => {
      const page = Number(new URL(request.url, 'http://x').searchParams.get('page'));
      const contacts = page === 1 ? laravelPage([contact], 1, 5) : laravelPage([], page, 5);
      reply(response, 200, { ...contactList, contacts });
    });
    const items = [];
    for await (const item of paginate(async (page) => (await harness.run(harness.api.lists.get(73, { page }))).contacts)) {
      items.push(item);
    }
    expect(items.map((item) => item.number)).toEqual(['+77010000000']);
    expect(harness.server.received).toHaveLength(2);
  });

  it('starts where asked and ends when the fetcher has no page', async () => {
    const seen: number[] = [];
    const items = [];
    for await (const item of paginate(async (page) => {
      seen.push(page);
      return page === 2 ? laravelPage(['b'], 2, 3) : undefined;
    }, 2)) {
      items.push(item);
    }
    expect(items).toEqual(['b']);
    expect(seen).toEqual([2, 3]);
  });
});
