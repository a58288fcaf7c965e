/**
 * What happens when a handler throws: AutoCall errors become a human message with the next action (and a refused
 * key marks the account for relinking); Telegram's harmless "message is not modified" is ignored; anything else
 * is logged with the update and the person gets a short apology, never a stack trace.
 */
import { type BotError, GrammyError } from 'grammy';
import { isAutocallError } from '../../api/index.js';
import type { BotContext } from '../context.js';
import { replyThreadOptions } from '../auth/guard.js';
import { describeAutocallError } from './describe-autocall-error.js';
import { isCallbackAnswered } from '../middleware/callback-answers.js';
import { markNeedsRelink } from '../accounts/relink.js';

/** Also inside conversations, where the plugin wraps Bot API errors (the original is the `cause`). */
export function isNotModified(error: unknown): boolean {
  if (error instanceof GrammyError) return error.description.includes('message is not modified');
  return error instanceof Error && error.cause !== undefined && isNotModified(error.cause);
}

export async function handleBotError(error: BotError<BotContext>): Promise<void> {
  const ctx = error.ctx;
  const cause = error.error;
  if (isNotModified(cause)) return;
  const log = ctx.log ?? ctx.deps.logger;
  const kind = isAutocallError(cause) ? cause.kind : cause instanceof GrammyError ? 'telegram' : 'internal';
  ctx.deps.metrics.errors.inc({ kind });
  try {
    if (ctx.callbackQuery && !isCallbackAnswered(ctx)) await ctx.answerCallbackQuery().catch(() => undefined);
    if (isAutocallError(cause)) {
      log.warn({ kind: cause.kind, status: cause.status, path: cause.path }, 'AutoCall call failed');
      if (cause.kind === 'unauthenticated' && ctx.viewer.account) await markNeedsRelink(ctx.deps, ctx.viewer.account);
      const reply = await describeAutocallError(ctx, cause);
      await ctx.reply(reply.text, { parse_mode: 'HTML', ...replyThreadOptions(ctx), ...(reply.keyboard ? { reply_markup: reply.keyboard } : {}) });
      return;
    }
    log.error({ err: cause }, 'unhandled error while handling an update');
    if (ctx.chat) await ctx.reply(ctx.t('err-internal'), { parse_mode: 'HTML', ...replyThreadOptions(ctx) });
  } catch (replyError) {
    log.error({ err: replyError, original: cause }, 'could not tell the user about an error');
  }
}
