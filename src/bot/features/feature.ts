/**
 * What a feature brings to the bot: its handlers, the wizards it owns, its main-menu entries and its commands.
 * `registry.ts` lists the features; `createBot` installs them, the menu and `/help` and Telegram's command list
 * are built from the same list, so nothing is offered that does not exist.
 */
import type { Conversation } from '@grammyjs/conversations';
import type { Api, Composer } from 'grammy';
import type { Permission } from '../auth/permissions.js';
import type { BotContext, BotDeps, WizardContext } from '../context.js';

export interface MenuEntry {
  labelKey: string;
  permission?: Permission;
  /** Answers through `show`, so the menu message turns into the feature's view. */
  open(ctx: BotContext): Promise<void>;
}

export interface CommandEntry {
  command: string;
  /** Who may use it; absent for commands open to anyone (onboarding, language, help). */
  permission?: Permission;
  /** Where Telegram's command menu offers it. */
  scopes: readonly ('private' | 'group')[];
}

/** A wizard: the conversation builder and its id (arguments must be JSON). */
export interface WizardEntry {
  id: string;
  /** Builders take their own argument types (`never[]` admits them all); the plugin passes them through as JSON. */
  builder: (conversation: Conversation<BotContext, WizardContext>, ctx: WizardContext, ...args: never[]) => Promise<unknown>;
}

/** Work a feature runs beside the updates (resuming what a restart interrupted); `stop` resolves once it has. */
export interface BackgroundWork {
  stop(): Promise<void>;
}

export interface Feature {
  name: string;
  composer: Composer<BotContext>;
  wizards?: WizardEntry[];
  menu?: MenuEntry[];
  commands?: CommandEntry[];
  /** Started when the bot starts taking updates, stopped before the store closes. */
  onStart?: (deps: BotDeps, telegram: Api) => BackgroundWork;
}
