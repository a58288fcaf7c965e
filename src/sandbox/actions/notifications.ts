/** Reading and deleting notifications. */
import type { Ctx } from '../state/context.js';
import type { NotificationRecord } from '../state/records.js';
import { notFound, ok, type Result } from './result.js';

export function markRead(ctx: Ctx, id: string): Result<NotificationRecord> {
  const notification = ctx.account.notifications.get(id);
  if (!notification) return notFound;
  if (notification.readAt === null) {
    notification.readAt = ctx.now;
    notification.updatedAt = ctx.now;
  }
  return ok(notification);
}

export function deleteNotification(ctx: Ctx, id: string): Result<null> {
  return ctx.account.notifications.delete(id) ? ok(null) : notFound;
}
