import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { classifySendFailure } from '../../src/notifier/engine/send-failure.js';

const telegram = (error_code: number, description: string, parameters: { retry_after?: number } = {}) =>
  new GrammyError(`Call to 'sendMessage' failed!`, { ok: false, error_code, description, parameters }, 'sendMessage', {});

describe('classifySendFailure', () => {
  it.each([
    [telegram(429, 'Too Many Requests: retry after 7', { retry_after: 7 }), { kind: 'flood', retryAfterMs: 7000 }],
    [telegram(429, 'Too Many Requests'), { kind: 'flood', retryAfterMs: 1000 }],
    [telegram(403, 'Forbidden: bot was blocked by the user'), { kind: 'blocked', description: 'Forbidden: bot was blocked by the user' }],
    [telegram(403, 'Forbidden: bot was kicked from the supergroup chat'), { kind: 'blocked', description: 'Forbidden: bot was kicked from the supergroup chat' }],
    [telegram(400, "Bad Request: can't parse entities"), { kind: 'rejected', description: "Bad Request: can't parse entities" }],
    [telegram(400, 'Bad Request: message thread not found'), { kind: 'rejected', description: 'Bad Request: message thread not found' }],
    [telegram(502, 'Bad Gateway'), { kind: 'transient', description: 'Bad Gateway' }],
    [new HttpError('Network request for sendMessage failed!', new Error('ECONNRESET')), { kind: 'transient', description: 'Network request for sendMessage failed!' }],
  ])('%s', (error, expected) => {
    expect(classifySendFailure(error)).toEqual(expected);
  });
});
