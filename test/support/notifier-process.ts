/**
 * A notifier in a process of its own, for journeys that kill it (`kill -9`) and start another. It assembles only
 * what the notifier needs (store, SDK, translations) on the environment it is given plus `NOTIFIER_TEST_REDIS_PREFIX`
 * (the store prefix of the bot under test), so it starts in a moment; the full app's `ROLE=notifier` path is
 * exercised in-process by the journeys that run several instances. Prints `ready` once polling has started.
 */
import { createAutocallClient } from '../../src/api/index.js';
import { createAccountApis } from '../../src/bot/accounts/account-apis.js';
import { createI18n, translatorFor } from '../../src/bot/i18n.js';
import { formatConfigProblems, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { createNotifier } from '../../src/notifier/notifier.js';
import { createKeyCipher, createRedisStore } from '../../src/store/index.js';

const parsed = loadConfig({ ...process.env, ROLE: 'notifier' });
if (!parsed.ok) {
  process.stderr.write(`${formatConfigProblems(parsed.problems)}\n`);
  process.exit(1);
}
const config = parsed.config;
const prefix = process.env['NOTIFIER_TEST_REDIS_PREFIX'];
if (!config.REDIS_URL || !config.ENCRYPTION_KEY || !prefix) throw new Error('REDIS_URL, ENCRYPTION_KEY and NOTIFIER_TEST_REDIS_PREFIX are required');
const store = createRedisStore({ redis: config.REDIS_URL, prefix, cipher: createKeyCipher([{ id: config.ENCRYPTION_KEY_ID, key: config.ENCRYPTION_KEY }]) });
const live = createAutocallClient({ apiUrl: config.AUTOCALL_API_URL, publicApiUrl: config.AUTOCALL_PUBLIC_API_URL, timeoutMs: config.AUTOCALL_TIMEOUT_MS });
const notifier = createNotifier({
  config,
  logger: createLogger({ level: config.LOG_LEVEL }),
  store,
  apis: createAccountApis({ store, live, sandbox: null }),
  translate: translatorFor(createI18n(() => 'ru')),
  registry: createMetrics({ defaultMetrics: false }).registry,
  demoAvailable: false,
  redisPrefix: prefix,
});
await notifier.start();
process.stdout.write('ready\n');
