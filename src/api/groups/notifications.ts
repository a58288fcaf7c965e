import { z } from 'zod';
import type { CallOptions } from '../client-options.js';
import type { Caller } from '../executor.js';
import { checked } from '../request-builder.js';
import { json, noContent } from '../response-readers.js';
import { notificationListSchema, notificationReadSchema } from '../schemas/notifications.js';

const notificationPath = z.object({ id: z.string().min(1) });

/** Account notifications (`/notifications`). */
export function createNotificationsApi(call: Caller) {
  return {
    /** Every notification (the contract has no paging here) and the unread count. */
    list: (options?: CallOptions) =>
      call({ operationId: 'get-notifications', read: json(notificationListSchema), retry: 'idempotent' }, options),

    /** Marks the notification (a UUID) as read. */
    update: (id: string, options?: CallOptions) =>
      call(
        {
          operationId: 'put-notifications-id',
          path: checked(notificationPath, { id }),
          read: json(notificationReadSchema),
          retry: 'idempotent',
        },
        options,
      ),

    delete: (id: string, options?: CallOptions) =>
      call(
        {
          operationId: 'delete-notifications-id',
          path: checked(notificationPath, { id }),
          read: noContent,
          retry: 'idempotent',
        },
        options,
      ),
  };
}

export type NotificationsApi = ReturnType<typeof createNotificationsApi>;
