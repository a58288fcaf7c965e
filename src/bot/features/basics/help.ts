/** `/help`: every command this person may use, explained in their language. */
import { Composer } from 'grammy';
import { commandDescriptionKey, commandsFor } from '../../commands.js';
import type { BotContext } from '../../context.js';
import { show } from '../../show.js';
import type { CommandEntry, Feature } from '../feature.js';

export function createHelpFeature(commands: () => readonly CommandEntry[]): Feature {
  const helpText = (ctx: BotContext) => {
    const lines = commandsFor(commands(), ctx.viewer.role).map((entry) => `/${entry.command} — ${ctx.t(commandDescriptionKey(entry.command))}`);
    return ctx.t('help', { commandsHtml: lines.join('\n') });
  };
  const open = (ctx: BotContext) => show(ctx, { text: helpText(ctx) });
  const composer = new Composer<BotContext>();
  composer.command('help', open);
  composer.callbackQuery('help', open);
  return {
    name: 'help',
    composer,
    menu: [{ labelKey: 'menu-help', open }],
    commands: [{ command: 'help', scopes: ['private', 'group'] }],
  };
}
