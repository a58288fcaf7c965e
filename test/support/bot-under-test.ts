/**
 * The bot as it runs in production (`createApp`: real HTTP to Telegram, AutoCall and Redis), wired to a fake
 * Telegram Bot API server, a sandbox standing in for the live AutoCall, and the run's real Redis. Journeys play
 * users through the fake Telegram's DSL and end by asserting that Telegram saw no violation.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { inject } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { startFakeTelegram, type FakeTelegram, type FakeTelegramOptions } from './telegram/index.js';

export interface BotUnderTestOptions {
  /** Keys the "live" AutoCall (a sandbox) accepts; each gets a seeded account. */
  liveKeys?: string[];
  /** Store in the run's Redis (default) or in memory. */
  store?: 'redis' | 'memory';
  /** Extra environment for the bot (ACCESS_MODE, BOT_ADMINS, BOT_MODE…). */
  env?: Record<string, string>;
  telegram?: FakeTelegramOptions;
  /**
   * The bot's clock: the system's (default) or the sandbox's simulated one, for journeys that move time with
   * `autocall.clock.advance` and need the bot to see the same "now" as AutoCall (days left of a rental, caches).
   */
  clock?: 'system' | 'sandbox';
}

export interface BotUnderTest {
  tg: FakeTelegram;
  /** The sandbox playing the live AutoCall that linked keys talk to. */
  autocall: Sandbox;
  app: App;
  /** The bot's environment and Redis key prefix, to start more processes on the same store (notifier instances). */
  env: Readonly<Record<string, string>>;
  redisPrefix: string;
  /** Every log line the bot wrote, as text (for "no secret in logs" checks). */
  logs(): string;
  /** Stops the bot process and starts a new one on the same store (Redis) — a restart. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startBotUnderTest(options: BotUnderTestOptions = {}): Promise<BotUnderTest> {
  const tg = await startFakeTelegram({ waitTimeoutMs: 10_000, ...options.telegram });
  const autocall = await startSandbox({ keys: options.liveKeys ?? [], seed: 7 });
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const redisPrefix = `e2e_${randomUUID().slice(0, 20)}`;
  const env: Record<string, string> = {
    BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    AUTOCALL_API_URL: autocall.apiUrl,
    AUTOCALL_PUBLIC_API_URL: autocall.publicApiUrl,
    AUTOCALL_TIMEOUT_MS: '5000',
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    PORT: '0',
    LOG_LEVEL: 'debug',
    ...(options.store === 'memory' ? {} : { REDIS_URL: inject('redisUrl') }),
    ...options.env,
  };
  const parsed = loadConfig(env);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const logger = createLogger({ level: 'debug', destination });
  const launch = async () => {
    const now = options.clock === 'sandbox' ? () => autocall.clock.now().getTime() : undefined;
    const app = await createApp({ config: parsed.config, logger, botInfo: tg.botInfo, redisPrefix, ...(now ? { now } : {}) });
    await app.start();
    return app;
  };
  let app = await launch();
  return {
    tg,
    autocall,
    get app() {
      return app;
    },
    env,
    redisPrefix,
    logs: () => lines.join(''),
    async restart() {
      await app.stop();
      app = await launch();
    },
    async stop() {
      await app.stop();
      await autocall.close();
      await tg.close();
    },
  };
}
