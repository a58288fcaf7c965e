import { describe, expect, it } from 'vitest';
import { formatConfigProblems, loadConfig } from '../../src/config.js';

const TOKEN = '123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
const HEX_KEY = 'ab'.repeat(32);

describe('loadConfig', () => {
  it('fills embedded defaults from a token alone', () => {
    const result = loadConfig({ BOT_TOKEN: TOKEN });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toMatchObject({
      BOT_MODE: 'polling',
      TELEGRAM_API_ROOT: 'https://api.telegram.org',
      AUTOCALL_API_URL: 'https://autocall.kz/api/v1',
      AUTOCALL_PUBLIC_API_URL: 'https://autocall.kz/api/public',
      AUTOCALL_RATE_LIMIT_PER_MIN: 300,
      DEMO_ACCOUNT: 'on',
      ACCESS_MODE: 'open',
      BOT_ADMINS: [],
    });
    expect(result.config.REDIS_URL).toBeUndefined();
  });

  it('lists every problem at once, each with how to fix it', () => {
    const result = loadConfig({ BOT_MODE: 'webhook', REDIS_URL: 'redis://127.0.0.1:6379', PORT: 'eighty', BOT_ADMINS: '1,x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = formatConfigProblems(result.problems);
    expect(text).toContain('BOT_TOKEN is required: create a bot with @BotFather');
    expect(text).toContain('WEBHOOK_URL is required in webhook mode');
    expect(text).toContain('WEBHOOK_SECRET is required in webhook mode');
    expect(text).toContain('PORT must be a port number');
    expect(text).toContain('BOT_ADMINS must be Telegram user ids');
    expect(text).toContain('ENCRYPTION_KEY is required with REDIS_URL');
  });

  it.each([
    ['hex', HEX_KEY],
    ['base64', Buffer.alloc(32, 7).toString('base64')],
  ])('accepts a 32-byte %s encryption key', (_name, key) => {
    const result = loadConfig({ BOT_TOKEN: TOKEN, ENCRYPTION_KEY: key });
    expect(result.ok && result.config.ENCRYPTION_KEY?.length).toBe(32);
  });

  it.each([['short', 'abcd'], ['31 bytes', Buffer.alloc(31).toString('base64')]])('refuses a %s encryption key', (_n, key) => {
    const result = loadConfig({ BOT_TOKEN: TOKEN, ENCRYPTION_KEY: key });
    expect(result.ok).toBe(false);
  });

  it('parses rotation keys and admins', () => {
    const result = loadConfig({ BOT_TOKEN: TOKEN, ENCRYPTION_PREVIOUS_KEYS: `old:${HEX_KEY}`, BOT_ADMINS: '10, 20' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.ENCRYPTION_PREVIOUS_KEYS?.[0]?.id).toBe('old');
    expect(result.config.BOT_ADMINS).toEqual([10, 20]);
  });

  it('accepts webhook mode with an https URL and a secret', () => {
    const result = loadConfig({ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bot.example.kz/tg', WEBHOOK_SECRET: 's3cret_x' });
    expect(result.ok && result.config.BOT_MODE).toBe('webhook');
  });

  it('treats empty strings as unset', () => {
    const result = loadConfig({ BOT_TOKEN: TOKEN, REDIS_URL: '', SANDBOX_URL: '' });
    expect(result.ok).toBe(true);
  });
});
