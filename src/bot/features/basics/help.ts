/** `/help`: every command this person may use, explained in their language. */
import { Composer } from 'grammy';
import { commandDescriptionKey, commandsFor } from '../../commands.js';
import type { BotContext } from '../../context.js';
import { show } from '../../show.js';

export function helpText(ctx: BotContext): string {
  const lines = commandsFor(ctx.viewer.role).map((entry) => `/${entry.command} — ${ctx.t(commandDescriptionKey(entry.command))}`);
  return ctx.t('help', { commandsHtml: lines.join('\n') });
}

export const helpFeature = new Composer<BotContext>();
helpFeature.command('help', (ctx) => show(ctx, { text: helpText(ctx) }));
helpFeature.callbackQuery('help', (ctx) => show(ctx, { text: helpText(ctx) }));
