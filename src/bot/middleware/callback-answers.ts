/**
 * Remembers whether this update's callback query was answered, so the error boundary can answer a tap that a
 * failing handler left unanswered without answering it twice (Telegram refuses the second answer).
 */
import type { Context, NextFunction } from 'grammy';

const answered = new WeakSet<Context>();

export async function trackCallbackAnswers(ctx: Context, next: NextFunction): Promise<void> {
  if (ctx.callbackQuery) {
    ctx.api.config.use((prev, method, payload, signal) => {
      if (method === 'answerCallbackQuery') answered.add(ctx);
      return prev(method, payload, signal);
    });
  }
  await next();
}

export function isCallbackAnswered(ctx: Context): boolean {
  return answered.has(ctx);
}
