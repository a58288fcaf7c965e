/**
 * Replaces the i18n plugin's `ctx.t` with one that HTML-escapes every string variable (names ending in `Html` are
 * built markup and pass as they are), so no feature can forget to escape a user's or AutoCall's text.
 */
import type { NextFunction } from 'grammy';
import type { BotContext } from '../context.js';
import { escapeVariables } from '../i18n.js';

export async function escapingTranslate(ctx: BotContext, next: NextFunction): Promise<void> {
  const translate = ctx.t.bind(ctx);
  const escaping: BotContext['t'] = (key, variables) => translate(key, escapeVariables(variables as Record<string, string | number> | undefined));
  ctx.t = escaping;
  ctx.translate = escaping;
  await next();
}
