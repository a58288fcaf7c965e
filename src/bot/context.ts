/**
 * The context every handler sees: grammY's, plus i18n, conversations, the injected dependencies and the viewer
 * (who is acting, in which account, with which role), loaded from the store for every update.
 */
import type { ConversationFlavor } from '@grammyjs/conversations';
import type { I18nFlavor } from '@grammyjs/i18n';
import type { Context } from 'grammy';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Account, Role, Store } from '../store/index.js';
import type { AccountApis } from './accounts/account-apis.js';
import type { DemoProvisioner } from './accounts/demo.js';
import type { Language, Translator } from './i18n.js';
import type { Metrics } from '../metrics.js';

export interface BotDeps {
  config: Config;
  logger: Logger;
  store: Store;
  apis: AccountApis;
  /** Creates sandbox accounts for "Try the demo"; null when DEMO_ACCOUNT=off. */
  demo: DemoProvisioner | null;
  metrics: Metrics;
  /** Translation outside an update's language negotiation (messages to other people, the notifier). */
  translate: Translator;
  now: () => number;
}

/** Who is acting, resolved on the server for every update; never trusted from callback data. */
export interface Viewer {
  userId: number;
  name: string;
  lang: Language;
  /** The account this update acts on: the user's active one in private chats, the bound one in groups. */
  account: Account | null;
  /** The user's role in that account, or null when they have none (never a member, or removed). */
  role: Role | null;
}

interface Extras {
  deps: BotDeps;
  log: Logger;
  viewer: Viewer;
}

/**
 * Context inside conversations: no conversation controls, everything else installed by the plugins.
 * `ctx.t` escapes every string variable for HTML (names ending in `Html` pass as they are): see `i18n.ts`.
 */
export type WizardContext = Context & I18nFlavor & Extras;
export type BotContext = ConversationFlavor<WizardContext>;
