/** Notifications as the contract shows them. */
import { localDateTime } from '../core/almaty-time.js';
import type { NotificationRecord } from '../state/records.js';

export function notificationView(n: NotificationRecord) {
  return {
    id: n.id,
    type: n.type,
    data: n.data,
    read_at: n.readAt === null ? null : localDateTime(n.readAt),
    created_at: localDateTime(n.createdAt),
    updated_at: localDateTime(n.updatedAt),
  };
}
