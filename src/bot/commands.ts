/**
 * The command catalogue: what `/help` explains and what Telegram's command menu offers, per language and per
 * scope (private chats, groups). Only commands whose feature is built are listed here.
 */
import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import { type Permission, roleAllows } from './auth/permissions.js';
import { DEFAULT_LANGUAGE, LANGUAGES, type Translator } from './i18n.js';
import type { Role } from '../store/index.js';

export interface CommandEntry {
  command: string;
  /** Who may use it; absent for commands open to anyone (onboarding, language, help). */
  permission?: Permission;
  /** Where it is offered in Telegram's menu. */
  scopes: readonly ('private' | 'group')[];
}

export const COMMANDS: readonly CommandEntry[] = [
  { command: 'start', scopes: ['private'] },
  { command: 'menu', scopes: ['private'] },
  { command: 'account', scopes: ['private'] },
  { command: 'team', permission: 'team.manage', scopes: ['private'] },
  { command: 'lang', scopes: ['private'] },
  { command: 'help', scopes: ['private', 'group'] },
  { command: 'cancel', scopes: ['private', 'group'] },
  { command: 'logout', scopes: ['private'] },
];

export const commandDescriptionKey = (command: string) => `cmd-${command}`;

/** The commands this person may use, for `/help`. */
export function commandsFor(role: Role | null): CommandEntry[] {
  return COMMANDS.filter((entry) => !entry.permission || roleAllows(role, entry.permission));
}

/** Registers the command menu for every language and scope; the default (no language) gets Russian. */
export async function registerCommands(api: Api, translate: Translator): Promise<void> {
  for (const scope of ['private', 'group'] as const) {
    const telegramScope = scope === 'private' ? ({ type: 'all_private_chats' } as const) : ({ type: 'all_group_chats' } as const);
    for (const lang of LANGUAGES) {
      const commands: BotCommand[] = COMMANDS.filter((entry) => entry.scopes.includes(scope)).map((entry) => ({
        command: entry.command,
        description: translate(lang, commandDescriptionKey(entry.command)),
      }));
      await api.setMyCommands(commands, { scope: telegramScope, language_code: lang });
      if (lang === DEFAULT_LANGUAGE) await api.setMyCommands(commands, { scope: telegramScope });
    }
  }
}
