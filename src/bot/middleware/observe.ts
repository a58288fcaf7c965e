/**
 * Per-update observability: a child logger carrying the update, user and chat ids, the update counter by type and
 * the handler latency histogram.
 */
import type { NextFunction } from 'grammy';
import type { BotContext, BotDeps } from '../context.js';

/** The update's kind (`message`, `callback_query`…): the first key besides `update_id`. */
export function updateType(ctx: BotContext): string {
  return Object.keys(ctx.update).find((key) => key !== 'update_id') ?? 'unknown';
}

export function observe(deps: BotDeps) {
  return async (ctx: BotContext, next: NextFunction): Promise<void> => {
    ctx.deps = deps;
    ctx.log = deps.logger.child({ update_id: ctx.update.update_id, user_id: ctx.from?.id, chat_id: ctx.chat?.id });
    const type = updateType(ctx);
    deps.metrics.updates.inc({ type });
    const stop = deps.metrics.handlerSeconds.startTimer({ type });
    try {
      await next();
    } finally {
      stop();
    }
  };
}
