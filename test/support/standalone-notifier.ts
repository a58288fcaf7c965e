/**
 * The notifier alone, without the bot: store, SDK and translations assembled on a parsed environment, so a process
 * that runs nothing else (a journey's `kill -9` victim, a benchmark instance) starts in a moment. The full app's
 * `ROLE=notifier` path is exercised in-process by the journeys that run several instances.
 */
import type { Registry } from 'prom-client';
import { createAutocallClient } from '../../src/api/index.js';
import { createAccountApis } from '../../src/bot/accounts/account-apis.js';
import { createI18n, translatorFor } from '../../src/bot/i18n.js';
import { formatConfigProblems, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { createNotifier } from '../../src/notifier/notifier.js';
import { createKeyCipher, createRedisStore } from '../../src/store/index.js';

export interface StandaloneNotifier {
  registry: Registry;
  stop(): Promise<void>;
}

/** Starts polling; `env` needs what the app needs plus REDIS_URL, ENCRYPTION_KEY and the store's key prefix. */
export async function startStandaloneNotifier(env: NodeJS.ProcessEnv, redisPrefix: string): Promise<StandaloneNotifier> {
  const parsed = loadConfig({ ...env, ROLE: 'notifier' });
  if (!parsed.ok) throw new Error(formatConfigProblems(parsed.problems));
  const config = parsed.config;
  if (!config.REDIS_URL || !config.ENCRYPTION_KEY) throw new Error('a standalone notifier needs REDIS_URL and ENCRYPTION_KEY');
  const store = createRedisStore({ redis: config.REDIS_URL, prefix: redisPrefix, cipher: createKeyCipher([{ id: config.ENCRYPTION_KEY_ID, key: config.ENCRYPTION_KEY }]) });
  const live = createAutocallClient({
    apiUrl: config.AUTOCALL_API_URL,
    publicApiUrl: config.AUTOCALL_PUBLIC_API_URL,
    rateLimit: { limit: config.AUTOCALL_RATE_LIMIT_PER_MIN, windowMs: 60_000 },
    timeoutMs: config.AUTOCALL_TIMEOUT_MS,
  });
  const { registry } = createMetrics({ defaultMetrics: false });
  const notifier = createNotifier({
    config,
    logger: createLogger({ level: config.LOG_LEVEL }),
    store,
    apis: createAccountApis({ store, live, sandbox: null }),
    translate: translatorFor(createI18n(() => 'ru')),
    registry,
    demoAvailable: false,
    redisPrefix,
  });
  await notifier.start();
  return {
    registry,
    async stop() {
      await notifier.stop();
      await live.close();
      await store.close();
    },
  };
}
