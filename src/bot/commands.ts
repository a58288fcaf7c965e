/**
 * The command catalogue: what `/help` explains and what Telegram's command menu offers, per language and per
 * scope (private chats, groups), from the commands the registered features declare.
 */
import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import { roleAllows } from './auth/permissions.js';
import type { CommandEntry } from './features/feature.js';
import { DEFAULT_LANGUAGE, LANGUAGES, type Translator } from './i18n.js';
import type { Role } from '../store/index.js';

export const commandDescriptionKey = (command: string) => `cmd-${command}`;

/** The commands this person may use, for `/help`. */
export function commandsFor(commands: readonly CommandEntry[], role: Role | null): CommandEntry[] {
  return commands.filter((entry) => !entry.permission || roleAllows(role, entry.permission));
}

/** Registers the command menu for every language and scope; the default (no language) gets Russian. */
export async function registerCommands(api: Api, translate: Translator, commands: readonly CommandEntry[]): Promise<void> {
  for (const scope of ['private', 'group'] as const) {
    const telegramScope = scope === 'private' ? ({ type: 'all_private_chats' } as const) : ({ type: 'all_group_chats' } as const);
    for (const lang of LANGUAGES) {
      const list: BotCommand[] = commands.filter((entry) => entry.scopes.includes(scope)).map((entry) => ({
        command: entry.command,
        description: translate(lang, commandDescriptionKey(entry.command)),
      }));
      await api.setMyCommands(list, { scope: telegramScope, language_code: lang });
      if (lang === DEFAULT_LANGUAGE) await api.setMyCommands(list, { scope: telegramScope });
    }
  }
}
