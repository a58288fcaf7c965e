import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadUrl } from '../../src/bot/downloads.js';

let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const size = Number(/\/bytes\/(\d+)/.exec(req.url ?? '')?.[1] ?? -1);
    if (size < 0) {
      res.writeHead(404).end();
      return;
    }
    const body = Buffer.alloc(size, 7);
    // `/chunked/…` hides the length, so only counting while reading can stop it.
    if (req.url?.startsWith('/chunked')) {
      res.writeHead(200, { 'content-type': 'audio/wav', 'transfer-encoding': 'chunked' });
      res.write(body.subarray(0, size / 2));
      res.end(body.subarray(size / 2));
      return;
    }
    res.writeHead(200, { 'content-type': 'audio/ogg', 'content-length': String(size) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('downloadUrl', () => {
  it.each([
    ['/sized/bytes/1000', 1000, { ok: true, size: 1000, contentType: 'audio/ogg' }],
    ['/chunked/bytes/1000', 1000, { ok: true, size: 1000, contentType: 'audio/wav' }],
    ['/sized/bytes/1001', 1000, { ok: false, kind: 'too_big' }],
    ['/chunked/bytes/4000', 1000, { ok: false, kind: 'too_big' }],
    ['/missing', 1000, { ok: false, kind: 'unavailable' }],
  ])('%s with a limit of %i bytes', async (path, limit, expected) => {
    const result = await downloadUrl(`${origin}${path}`, limit);
    const seen = result.ok ? { ok: true, size: result.bytes.byteLength, contentType: result.contentType } : result;
    expect(seen).toEqual(expected);
  });

  it.each(['file:///etc/passwd', 'ftp://127.0.0.1/x', 'not a url'])('refuses %s without fetching', async (url) => {
    expect(await downloadUrl(url, 1000)).toEqual({ ok: false, kind: 'unavailable' });
  });
});
