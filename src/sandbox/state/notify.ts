/** Adds notifications to an account, the way the real service records them for `GET /notifications`. */
import { uuidFor } from '../core/random.js';
import type { Ctx } from './context.js';

/** Records a notification and returns its id (a UUID, fixed by the seed and the account's count). */
export function notify(ctx: Ctx, type: string, data: Record<string, unknown>): string {
  const { account } = ctx;
  const id = uuidFor(ctx.world.seed, account.key, 'notification', account.notificationCount++);
  account.notifications.set(id, { id, type, data, readAt: null, createdAt: ctx.now, updatedAt: ctx.now });
  return id;
}
