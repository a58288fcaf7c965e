/** `/notifications*`. */
import { z } from 'zod';
import { deleteNotification, markRead } from '../actions/notifications.js';
import { localDateTime } from '../core/almaty-time.js';
import { notificationView } from '../views/notifications.js';
import { json, noContent, replyWith } from './reply.js';
import type { AccountHandler } from './types.js';

const notificationParams = z.object({ id: z.string() });

export const notificationHandlers = {
  'get-notifications': (req) => {
    const all = [...req.ctx.account.notifications.values()].reverse();
    return json(200, { data: all.map(notificationView), unread: all.filter((n) => n.readAt === null).length });
  },
  'put-notifications-id': (req) =>
    replyWith(markRead(req.ctx, notificationParams.parse(req.params).id), (n) =>
      json(200, { id: n.id, read_at: localDateTime(n.readAt ?? req.rc.now) }),
    ),
  'delete-notifications-id': (req) =>
    replyWith(deleteNotification(req.ctx, notificationParams.parse(req.params).id), () => noContent),
} satisfies Record<string, AccountHandler>;
