/**
 * Assembles the bot: middleware in the order grammY's plugins need (in-flight count → sequentialize → observe →
 * viewer → i18n → flood limit → group gate → /cancel → conversations → features), every feature behind the error
 * boundary,
 * and a final handler for whatever nothing else took. Everything it talks to arrives in `deps`.
 */
import { type ConversationData, conversations, createConversation, type VersionedState } from '@grammyjs/conversations';
import type { I18n } from '@grammyjs/i18n';
import { autoRetry } from '@grammyjs/auto-retry';
import { limit } from '@grammyjs/ratelimiter';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type MiddlewareFn } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { BotContext, BotDeps, WizardContext } from './context.js';
import { handleBotError } from './errors/error-boundary.js';
import { cancelCommand, cancelFeature, staleWizardControls } from './features/basics/cancel.js';
import { createHelpFeature } from './features/basics/help.js';
import { unhandledFeature } from './features/basics/unhandled.js';
import type { BackgroundWork, CommandEntry, Feature } from './features/feature.js';
import { createMainMenuFeature } from './features/main-menu.js';
import { productFeatures } from './features/registry.js';
import { escapingTranslate } from './middleware/escaping-translate.js';
import { groupGate } from './middleware/group-gate.js';
import { createInFlight, type InFlight } from './middleware/in-flight.js';
import { trackCallbackAnswers } from './middleware/callback-answers.js';
import { observe } from './middleware/observe.js';
import { loadViewer } from './middleware/viewer.js';

/** A person tapping or typing faster than this is told to slow down (Telegram itself allows ~1 message/s). */
const FLOOD_WINDOW_MS = 3_000;
/**
 * Wizard state outlives the kit's 24-hour idle limit by days, so a person coming back is told the wizard expired
 * (`WIZARD_IDLE_MS`) instead of meeting silence; the store drops what nobody ever came back to.
 */
const WIZARD_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const AUTO_RETRY = { maxRetryAttempts: 3, maxDelaySeconds: 30 };

export interface CreateBotOptions {
  deps: BotDeps;
  i18n: I18n<BotContext>;
  /** Known bot identity (tests), so `bot.init()` need not call getMe. */
  botInfo?: UserFromGetMe;
}

export interface AssembledBot {
  bot: Bot<BotContext>;
  /** Every command the features declare: for Telegram's command menu. */
  commands: CommandEntry[];
  /** Updates being handled right now, for a graceful shutdown. */
  inFlight: InFlight;
  /** Starts every feature's `onStart` work; the result stops it all. */
  startBackground: () => BackgroundWork;
}

/** Once per flood window: a tap gets a short alert, a message one polite line; the rest is dropped silently. */
async function tellToSlowDown(ctx: BotContext): Promise<void> {
  try {
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery({ text: ctx.t('flood-slow-down') });
      return;
    }
    const first = await ctx.deps.store.kv.setOnce(`flood:${ctx.viewer.userId}`, '1', FLOOD_WINDOW_MS);
    if (first && ctx.chat?.type === 'private') await ctx.reply(ctx.t('flood-slow-down'));
  } catch (error) {
    ctx.log.debug({ err: error }, 'could not tell a flooding user to slow down');
  }
}

/** Transformers on `bot.api` do not reach inside conversations; these plugins install the same things there. */
function wizardPlugins(deps: BotDeps, i18n: I18n<BotContext>): MiddlewareFn<WizardContext>[] {
  const inject: MiddlewareFn<WizardContext> = async (ctx, next) => {
    ctx.deps = deps;
    ctx.log = deps.logger.child({ update_id: ctx.update.update_id, user_id: ctx.from?.id, chat_id: ctx.chat?.id, wizard: true });
    ctx.api.config.use(autoRetry(AUTO_RETRY));
    await next();
  };
  return [inject, loadViewer as MiddlewareFn<WizardContext>, i18n.middleware() as MiddlewareFn<WizardContext>, escapingTranslate as MiddlewareFn<WizardContext>];
}

/** The product features plus the ones built from them: the main menu and /help list what the others offer. */
function allFeatures(): Feature[] {
  const product = productFeatures();
  const commands = (): CommandEntry[] => all.flatMap((feature) => feature.commands ?? []);
  const help = createHelpFeature(commands);
  const withHelp = [...product, help];
  const menu = createMainMenuFeature(withHelp.flatMap((feature) => feature.menu ?? []));
  const all: Feature[] = [menu, ...withHelp];
  return all;
}

export function createBot(options: CreateBotOptions): AssembledBot {
  const { deps, i18n } = options;
  const bot = new Bot<BotContext>(deps.config.BOT_TOKEN, {
    client: { apiRoot: deps.config.TELEGRAM_API_ROOT },
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  bot.api.config.use(autoRetry(AUTO_RETRY));

  const inFlight = createInFlight();
  bot.use(inFlight.middleware);
  bot.use(sequentialize((ctx: BotContext) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
  bot.use(observe(deps));
  bot.use(trackCallbackAnswers);
  bot.use(loadViewer);
  bot.use(i18n);
  bot.use(escapingTranslate);
  bot.use(
    limit<BotContext, never>({
      timeFrame: FLOOD_WINDOW_MS,
      limit: deps.config.FLOOD_LIMIT,
      keyGenerator: (ctx) => ctx.from?.id.toString(),
      onLimitExceeded: (ctx) => void tellToSlowDown(ctx),
    }),
  );
  bot.use(groupGate);

  const features = allFeatures();
  const guarded = bot.errorBoundary(handleBotError);
  guarded.use(
    conversations<BotContext, WizardContext>({
      storage: {
        type: 'key',
        adapter: deps.store.adapter<VersionedState<ConversationData>>('conversations', { ttlMs: WIZARD_TTL_MS }),
        // Per person per chat: in a group, two people can each be in a wizard of their own.
        getStorageKey: (ctx) => (ctx.chat && ctx.from ? `${ctx.chat.id}:${ctx.from.id}` : undefined),
      },
      plugins: wizardPlugins(deps, i18n),
    }),
  );
  // After the plugin (which gives `ctx.conversation`), before the wizards (which would take the command as input).
  guarded.use(cancelFeature);
  for (const wizard of features.flatMap((feature) => feature.wizards ?? [])) {
    guarded.use(createConversation(wizard.builder as Parameters<typeof createConversation<BotContext, WizardContext>>[0], wizard.id));
  }
  for (const feature of features) guarded.use(feature.composer);
  guarded.use(staleWizardControls);
  guarded.use(unhandledFeature);

  bot.catch((error) => {
    deps.logger.error({ err: error.error, update_id: error.ctx.update.update_id }, 'error outside the error boundary');
  });
  const startBackground = (): BackgroundWork => {
    const started = features.flatMap((feature) => (feature.onStart ? [feature.onStart(deps, bot.api)] : []));
    return {
      async stop() {
        await Promise.all(started.map((work) => work.stop()));
      },
    };
  };
  return { bot, commands: [...features.flatMap((feature) => feature.commands ?? []), cancelCommand], inFlight, startBackground };
}
