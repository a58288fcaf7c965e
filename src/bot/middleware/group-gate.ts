/**
 * In groups the bot speaks only when spoken to: commands addressed to it (`/cmd` or `/cmd@thisbot`, never
 * `/cmd@otherbot`), replies to its own messages (a wizard step it asked), and taps on its buttons.
 */
import type { NextFunction } from 'grammy';
import type { BotContext } from '../context.js';
import { isGroupChat } from './viewer.js';

export async function groupGate(ctx: BotContext, next: NextFunction): Promise<void> {
  if (!isGroupChat(ctx) || ctx.callbackQuery) return next();
  const message = ctx.message;
  if (!message) return;
  const text = message.text ?? '';
  const command = /^\/[\w]+(?:@([\w]+))?/.exec(text);
  if (command) {
    const addressee = command[1];
    if (addressee && addressee.toLowerCase() !== ctx.me.username.toLowerCase()) return;
    return next();
  }
  if (message.reply_to_message?.from?.id === ctx.me.id) return next();
}
