import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, scrubSecrets } from '../../src/logger.js';

const API_KEY = 'ak_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const BOT_TOKEN = '7012345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger({ level: 'trace', destination }), text: () => lines.join('') };
}

describe('logger', () => {
  it('never writes an API key or bot token, whatever shape carries it', () => {
    const { logger, text } = capture();
    logger.info({ apiKey: API_KEY }, 'linking');
    logger.info({ account: { apiKey: API_KEY, name: 'Shop' } }, 'linked');
    logger.debug({ headers: { authorization: `Bearer ${API_KEY}` } }, 'request');
    logger.warn(`retrying with Authorization: Bearer ${API_KEY}`);
    logger.error(new Error(`POST https://api.telegram.org/bot${BOT_TOKEN}/sendMessage failed`));
    logger.error({ err: new Error(`Bearer ${API_KEY} refused`) }, 'call failed');
    logger.info({ config: { BOT_TOKEN, AUTOCALL_API_URL: 'https://autocall.kz/api/v1' } }, 'config');
    const output = text();
    expect(output).not.toContain(API_KEY);
    expect(output).not.toContain(BOT_TOKEN);
    expect(output.match(/\[REDACTED\]/g)?.length).toBeGreaterThanOrEqual(7);
    expect(output).toContain('https://autocall.kz/api/v1');
  });

  it('keeps errors as errors so their type and stack stay readable', () => {
    const { logger, text } = capture();
    logger.error({ err: new TypeError('boom') }, 'failed');
    const line = JSON.parse(text()) as { err: { type: string; stack: string } };
    expect(line.err.type).toBe('TypeError');
    expect(line.err.stack).toContain('boom');
  });

  it.each([
    [`https://api.telegram.org/bot${BOT_TOKEN}/getMe`, 'https://api.telegram.org/bot[REDACTED]/getMe'],
    [`Authorization: Bearer ${API_KEY}`, 'Authorization: Bearer [REDACTED]'],
    ['no secrets here: +7 701 123 45 67', 'no secrets here: +7 701 123 45 67'],
  ])('scrubs %s', (input, expected) => {
    expect(scrubSecrets(input)).toBe(expected);
  });
});
