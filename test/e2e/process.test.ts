/**
 * `npm start` as a person runs it: a real process on embedded defaults (in-memory store, sandbox in-process for
 * demo accounts), talking to the fake Telegram; SIGTERM stops it cleanly. A bad environment stops it at once with
 * one message listing every problem.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from '../support/telegram/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

let tg: FakeTelegram | undefined;
afterEach(async () => {
  await tg?.close();
  tg = undefined;
});

function startBotProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, [TSX, 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

describe('the bot process', () => {
  it('runs on embedded defaults, serves a demo account, and stops cleanly on SIGTERM', async () => {
    tg = await startFakeTelegram({ waitTimeoutMs: 30_000 });
    const bot = startBotProcess({ BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.apiRoot, PORT: '0' });
    const user = tg.user({ first_name: 'Process', language_code: 'en' });
    await user.send('/demo');
    await user.waitFor(/demo account is ready/);
    bot.child.kill('SIGTERM');
    const [code] = (await once(bot.child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(bot.output()).toContain('REDIS_URL is not set');
    expect(bot.output()).toContain('"msg":"bot stopped"');
    tg.expectNoViolations();
  }, 60_000);

  it('refuses a bad environment with every problem listed', async () => {
    const bot = startBotProcess({ BOT_MODE: 'webhook', PORT: 'x' });
    const [code] = (await once(bot.child, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(bot.output()).toContain('The bot cannot start; fix these environment variables:');
    expect(bot.output()).toContain('BOT_TOKEN is required');
    expect(bot.output()).toContain('WEBHOOK_URL is required in webhook mode');
    expect(bot.output()).toContain('PORT must be a port number');
  }, 30_000);
});
