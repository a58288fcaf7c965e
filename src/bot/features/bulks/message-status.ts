/** Delivery statuses of an SMS (`queued` … `delivered` / `failed` / `rejected`) as icons and words. */
import { messageStatuses } from '../../../api/index.js';
import type { BotContext } from '../../context.js';

type MessageStatus = (typeof messageStatuses)[number];

const ICON: Record<MessageStatus, string> = {
  queued: '🕓',
  new: '🆕',
  sent: '📤',
  pending: '⏳',
  delivered: '✅',
  failed: '❌',
  expired: '⌛',
  undeliverable: '🚫',
  rejected: '⛔',
  disabled: '🗑',
};

function isMessageStatus(status: string): status is MessageStatus {
  return (messageStatuses as readonly string[]).includes(status);
}

/** "delivered" in the person's language (plain text); a status newer than this bot as AutoCall sent it. */
export function messageStatusLabel(ctx: BotContext, status: string): string {
  return isMessageStatus(status) ? ctx.t(`message-status-${status}`) : status;
}

/** "✅ delivered" (plain text: pass it to `ctx.t`, which escapes it). */
export function messageStatusText(ctx: BotContext, status: string): string {
  return `${isMessageStatus(status) ? ICON[status] : '❔'} ${messageStatusLabel(ctx, status)}`;
}
