/** What the notifier's steps work with; assembled once by `createNotifier`. */
import type { Api } from 'grammy';
import type { AccountApis } from '../bot/accounts/account-apis.js';
import type { Translator } from '../bot/i18n.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/index.js';
import type { ApiBudget } from './engine/api-budget.js';
import type { NotifierMetrics } from './notifier-metrics.js';

export interface NotifierDeps {
  config: Config;
  logger: Logger;
  store: Store;
  apis: AccountApis;
  translate: Translator;
  /** The Bot API without auto-retry (the notifier honours 429s itself, for every process at once), with a timeout. */
  telegram: Pick<Api, 'sendMessage'>;
  budget: ApiBudget;
  /** Whether this process reaches the sandbox that demo accounts live in. */
  demoAvailable: boolean;
  metrics: NotifierMetrics;
  now: () => number;
}
