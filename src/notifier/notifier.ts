/**
 * The notifier: polls `GET /notifications` of every linked account and pushes the news to the chats that want it,
 * each notification once per chat (see `engine/`). With Redis the work is shared by every notifier process through
 * BullMQ; without it one process does it on timers. Started and stopped by the app (`ROLE=notifier|all`).
 */
import { Api } from 'grammy';
import { Redis } from 'ioredis';
import type { Registry } from 'prom-client';
import type { AccountApis } from '../bot/accounts/account-apis.js';
import type { Translator } from '../bot/i18n.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/index.js';
import { createApiBudget } from './engine/api-budget.js';
import { createDeliverer } from './engine/deliver.js';
import { createPoller } from './engine/poll-account.js';
import { createQueueRunner } from './engine/queue-runner.js';
import { sendClaimMs, sendTimeoutMs } from './engine/send-claim.js';
import { localSendPacer, redisSendPacer } from './engine/send-pacer.js';
import type { Runner } from './engine/runner.js';
import { createTimerRunner } from './engine/timer-runner.js';
import { createNotifierMetrics, type NotifierMetrics } from './notifier-metrics.js';

export interface NotifierOptions {
  config: Config;
  logger: Logger;
  store: Store;
  apis: AccountApis;
  translate: Translator;
  /** The app's metrics registry (served on `/metrics`). */
  registry: Registry;
  /** Whether this process reaches the sandbox of demo accounts (embedded, or shared through `SANDBOX_URL`). */
  demoAvailable: boolean;
  /** The store's Redis key prefix; the queues live under it. */
  redisPrefix?: string | undefined;
  now?: () => number;
}

export interface Notifier {
  metrics: NotifierMetrics;
  start(): Promise<void>;
  /** Stops polling and waits for the sends in flight. */
  stop(): Promise<void>;
}

export function createNotifier(options: NotifierOptions): Notifier {
  const { config, logger, store } = options;
  const metrics = createNotifierMetrics(options.registry);
  const deps = {
    config,
    logger: logger.child({ component: 'notifier' }),
    store,
    apis: options.apis,
    translate: options.translate,
    // No auto-retry here: a 429 must stop every notifier process's sends, not just delay this one request.
    // A timeout, so that a send abandoned after it is surely over before the delivery's claim lapses.
    telegram: new Api(config.BOT_TOKEN, { apiRoot: config.TELEGRAM_API_ROOT, timeoutSeconds: sendTimeoutMs(config.NOTIFIER_LOCK_MS) / 1000 }),
    budget: createApiBudget(store.kv, { ratePerMinute: config.AUTOCALL_RATE_LIMIT_PER_MIN, share: config.NOTIFIER_API_SHARE }),
    demoAvailable: options.demoAvailable,
    metrics,
    now: options.now ?? Date.now,
  };
  const { poll } = createPoller(deps);
  const prefix = options.redisPrefix ?? 'acb';
  // The send schedule's own connection: its waits must not queue behind the workers' blocking commands.
  const scheduleRedis = config.REDIS_URL ? new Redis(config.REDIS_URL, { maxRetriesPerRequest: null }) : null;
  const pacer = scheduleRedis
    ? redisSendPacer(scheduleRedis, `${prefix}:notifier-send-schedule`, config.NOTIFIER_SENDS_PER_SECOND)
    : localSendPacer(config.NOTIFIER_SENDS_PER_SECOND);
  const { deliver, gaveUp } = createDeliverer(deps, { claimMs: sendClaimMs(config.NOTIFIER_LOCK_MS), pacer });
  const steps = { accountIds: () => store.accounts.ids(), poll, deliver, gaveUp };
  const settings = { intervalMs: config.NOTIFIER_INTERVAL_MS, concurrency: config.NOTIFIER_CONCURRENCY, logger: deps.logger };
  const runner: Runner = config.REDIS_URL
    ? createQueueRunner(steps, { ...settings, redisUrl: config.REDIS_URL, prefix: `${prefix}:bq`, lockMs: config.NOTIFIER_LOCK_MS })
    : createTimerRunner(steps, settings);
  metrics.setOutboxSource(() => runner.outboxDepth());
  return {
    metrics,
    async start() {
      await runner.start();
      deps.logger.info({ interval_ms: config.NOTIFIER_INTERVAL_MS, engine: config.REDIS_URL ? 'bullmq' : 'timer' }, 'notifier started');
    },
    async stop() {
      await runner.stop();
      await scheduleRedis?.quit();
      deps.logger.info('notifier stopped');
    },
  };
}
