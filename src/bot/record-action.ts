/** The audit log entry for something a person did on an account (PRODUCT.md: money and destructive actions). */
import { truncateText } from '../domain/text/index.js';
import type { BotContext } from './context.js';

/** The store's limits on an entry's fields. */
const TARGET_MAX = 256;
const DETAIL_MAX = 1024;

/** Records `action` on `target` by the viewer; `refusal` is AutoCall's reason when it refused. */
export async function recordAction(ctx: BotContext, accountId: string, action: string, target: string, refusal?: string): Promise<void> {
  await ctx.deps.store.audit.append(accountId, {
    at: ctx.deps.now(),
    actorId: ctx.viewer.userId,
    actorName: ctx.viewer.name,
    action,
    target: truncateText(target, TARGET_MAX),
    ...(refusal === undefined ? { result: 'ok' } : { result: 'error', detail: truncateText(refusal, DETAIL_MAX) }),
  });
}
