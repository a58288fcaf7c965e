/**
 * The composition root: from a parsed config to a running bot — store, cipher, SDK clients (live and sandbox),
 * the embedded sandbox for demo accounts, i18n, metrics, the bot, and the HTTP server (health, metrics, webhook).
 * `main.ts` runs it for real; end-to-end tests run the very same thing against fake transports.
 */
import { randomBytes } from 'node:crypto';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { webhookCallback } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { createAutocallClient, type AutocallClient, type CallEvent } from './api/index.js';
import { createAccountApis } from './bot/accounts/account-apis.js';
import { inProcessDemo, remoteDemo, type DemoProvisioner } from './bot/accounts/demo.js';
import { registerCommands } from './bot/commands.js';
import type { BotContext, BotDeps } from './bot/context.js';
import { type AssembledBot, createBot } from './bot/create-bot.js';
import type { BackgroundWork } from './bot/features/feature.js';
import { createI18n, languageFromTelegram, translatorFor } from './bot/i18n.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { createMetrics, type Metrics, registerGauge } from './metrics.js';
import { createNotifier, type Notifier } from './notifier/notifier.js';
import { startSandbox, type Sandbox } from './sandbox/index.js';
import { createHttpServer, type HttpServer } from './server/http-server.js';
import { createKeyCipher, createMemoryStore, createRedisStore, type Store } from './store/index.js';

/** How long a shutdown waits for updates in flight before closing the store under them. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface AppOptions {
  config: Config;
  logger: Logger;
  /** Known bot identity, so start-up need not call getMe (tests). */
  botInfo?: UserFromGetMe;
  /** Prefix for Redis keys, so several apps can share one Redis in tests. */
  redisPrefix?: string;
  now?: () => number;
}

export interface App {
  deps: BotDeps;
  bot: AssembledBot['bot'];
  /** The embedded sandbox, when demo accounts run in this process. */
  sandbox: Sandbox | null;
  /** The notifier, unless `ROLE=bot`. */
  notifier: Notifier | null;
  /** Port the HTTP server listens on, once started. */
  port: number | null;
  start(): Promise<void>;
  stop(): Promise<void>;
}

function createCipher(config: Config, logger: Logger) {
  let key = config.ENCRYPTION_KEY;
  if (!key) {
    logger.warn('ENCRYPTION_KEY is not set: using a key generated for this run; linked keys will not survive a restart');
    key = randomBytes(32);
  }
  return createKeyCipher([{ id: config.ENCRYPTION_KEY_ID, key }, ...(config.ENCRYPTION_PREVIOUS_KEYS ?? [])], config.ENCRYPTION_KEY_ID);
}

function createStore(options: AppOptions, cipher: ReturnType<typeof createKeyCipher>, now: () => number): Store {
  const { config, logger } = options;
  if (config.REDIS_URL) {
    return createRedisStore({
      redis: config.REDIS_URL,
      cipher,
      clock: now,
      onConnectionError: (error) => logger.warn({ err: error }, 'store: Redis connection failed; reconnecting'),
      ...(options.redisPrefix ? { prefix: options.redisPrefix } : {}),
    });
  }
  logger.warn('REDIS_URL is not set: everything (linked keys, teams, wizards) lives in memory and is lost on restart');
  return createMemoryStore({ cipher, clock: now });
}

function recordCall(metrics: Metrics) {
  return (event: CallEvent) => metrics.autocallCalls.inc({ operation: event.operation, status: event.status === null ? 'error' : String(event.status) });
}

async function createDemo(config: Config, metrics: Metrics): Promise<{ demo: DemoProvisioner | null; client: AutocallClient | null; sandbox: Sandbox | null }> {
  if (config.DEMO_ACCOUNT === 'off') return { demo: null, client: null, sandbox: null };
  const clientFor = (origin: string) =>
    createAutocallClient({ apiUrl: `${origin}/api/v1`, publicApiUrl: `${origin}/api/public`, timeoutMs: config.AUTOCALL_TIMEOUT_MS, onCall: recordCall(metrics) });
  if (config.SANDBOX_URL) {
    const origin = config.SANDBOX_URL.replace(/\/+$/, '');
    return { demo: remoteDemo(origin), client: clientFor(origin), sandbox: null };
  }
  const sandbox = await startSandbox({ port: 0, keys: [], speed: config.SANDBOX_SPEED });
  return { demo: inProcessDemo(sandbox), client: clientFor(sandbox.url), sandbox };
}

export async function createApp(options: AppOptions): Promise<App> {
  const { config, logger } = options;
  const now = options.now ?? Date.now;
  const metrics = createMetrics();
  const store = createStore(options, createCipher(config, logger), now);
  const live = createAutocallClient({
    apiUrl: config.AUTOCALL_API_URL,
    publicApiUrl: config.AUTOCALL_PUBLIC_API_URL,
    rateLimit: { limit: config.AUTOCALL_RATE_LIMIT_PER_MIN, windowMs: 60_000 },
    timeoutMs: config.AUTOCALL_TIMEOUT_MS,
    onCall: recordCall(metrics),
  });
  registerGauge(metrics, 'autocall_tracked_keys', 'API keys whose rate-limit state the SDK holds (idle keys are forgotten)', () => live.trackedKeys);
  const demo = await createDemo(config, metrics);
  const i18n = createI18n<BotContext>((ctx) => ctx.viewer?.lang ?? languageFromTelegram(ctx.from?.language_code));
  const deps: BotDeps = {
    config,
    logger,
    store,
    apis: createAccountApis({ store, live, sandbox: demo.client }),
    demo: demo.demo,
    metrics,
    translate: translatorFor(i18n),
    now,
  };
  const { bot, commands, inFlight, startBackground } = createBot({ deps, i18n, ...(options.botInfo ? { botInfo: options.botInfo } : {}) });

  const webhookPath = config.BOT_MODE === 'webhook' ? new URL(config.WEBHOOK_URL).pathname : null;
  const http: HttpServer = createHttpServer({
    registry: metrics.registry,
    health: [
      { name: 'store', check: () => store.ping() },
      { name: 'telegram', check: () => bot.api.getMe().then(() => true) },
    ],
    ...(config.BOT_MODE === 'webhook' && webhookPath
      ? { webhook: { path: webhookPath, handler: webhookCallback(bot, 'http', { secretToken: config.WEBHOOK_SECRET, onTimeout: 'return' }) } }
      : {}),
    onError: (error) => logger.error({ err: error }, 'HTTP request failed'),
  });

  const notifier =
    config.ROLE === 'bot'
      ? null
      : createNotifier({ config, logger, store, apis: deps.apis, translate: deps.translate, registry: metrics.registry, demoAvailable: demo.client !== null, redisPrefix: options.redisPrefix, now });
  const answersPeople = config.ROLE !== 'notifier';

  let runner: RunnerHandle | null = null;
  let background: BackgroundWork | null = null;
  const app: App = {
    deps,
    bot,
    sandbox: demo.sandbox,
    notifier,
    port: null,
    async start() {
      if (answersPeople) {
        await bot.init();
        await registerCommands(bot.api, deps.translate, commands);
        background = startBackground();
      }
      app.port = await http.listen(config.PORT);
      await notifier?.start();
      if (!answersPeople) {
        logger.info({ port: app.port }, 'notifier process started');
        return;
      }
      if (config.BOT_MODE === 'webhook') {
        await bot.api.setWebhook(config.WEBHOOK_URL, { secret_token: config.WEBHOOK_SECRET, drop_pending_updates: false });
      } else {
        await bot.api.deleteWebhook();
        runner = run(bot, { runner: { fetch: { allowed_updates: ['message', 'callback_query', 'my_chat_member', 'chat_member'] } } });
      }
      logger.info({ mode: config.BOT_MODE, port: app.port, bot: bot.botInfo.username, demo: config.DEMO_ACCOUNT }, 'bot started');
    },
    async stop() {
      // Stop taking updates first, then let in-flight ones finish, then close what they used.
      if (runner?.isRunning()) await runner.stop();
      await notifier?.stop();
      await http.close();
      await inFlight.idle(SHUTDOWN_GRACE_MS);
      await background?.stop();
      await Promise.allSettled([live.close(), demo.client?.close(), demo.sandbox?.close()]);
      await store.close();
      logger.info('bot stopped');
    },
  };
  return app;
}
