/**
 * Edits the live message again within the same tap (progress of a long export, the card after it). Unlike `show`
 * it does not answer the callback query: a query is answered once, and `show` has done it at the start.
 */
import type { BotContext } from './context.js';
import { isNotModified } from './errors/error-boundary.js';
import type { View } from './show.js';

export async function redraw(ctx: BotContext, view: View): Promise<void> {
  try {
    await ctx.editMessageText(view.text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...(view.keyboard ? { reply_markup: view.keyboard } : {}) });
  } catch (error) {
    if (!isNotModified(error)) throw error;
  }
}
