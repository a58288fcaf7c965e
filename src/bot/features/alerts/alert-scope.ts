/**
 * Where an /alerts view acts: the person's own alerts in a private chat, or the subscription of the group (or forum
 * topic) the command or tap came from. The chat and topic come from Telegram's update, never from button data.
 */
import type { Subscription } from '../../../store/index.js';
import { defaultTypesFor } from '../../../notifier/notification-types.js';
import type { Permission } from '../../auth/permissions.js';
import type { BotContext } from '../../context.js';
import { isGroupChat } from '../../middleware/viewer.js';

export type AlertScope =
  | { kind: 'person'; chatId: number }
  | { kind: 'group'; chatId: number; threadId?: number; title: string };

export function scopeOf(ctx: BotContext): AlertScope {
  const chat = ctx.chat;
  if (!chat || !isGroupChat(ctx)) return { kind: 'person', chatId: ctx.viewer.userId };
  const message = ctx.callbackQuery?.message ?? ctx.msg;
  const threadId = message && 'is_topic_message' in message && message.is_topic_message ? message.message_thread_id : undefined;
  const title = ('title' in chat ? chat.title : undefined) ?? String(chat.id);
  return threadId === undefined ? { kind: 'group', chatId: chat.id, title } : { kind: 'group', chatId: chat.id, threadId, title };
}

/** The permission a scope's settings need: your own alerts, or a chat's for the whole team. */
export function permissionFor(scope: AlertScope): Permission {
  return scope.kind === 'person' ? 'alerts.own' : 'alerts.group';
}

export async function subscriptionIn(ctx: BotContext, accountId: string, scope: AlertScope): Promise<Subscription | undefined> {
  const threadId = scope.kind === 'group' ? scope.threadId : undefined;
  const subscriptions = await ctx.deps.store.notifier.listSubscriptions(accountId);
  return subscriptions.find((sub) => sub.chatId === scope.chatId && sub.threadId === threadId);
}

/** The types a scope receives now: a group only while subscribed; a person by their choice or their role's default. */
export function effectiveTypes(scope: AlertScope, subscription: Subscription | undefined, role: Parameters<typeof defaultTypesFor>[0]): string[] {
  if (subscription) return subscription.types;
  return scope.kind === 'person' ? defaultTypesFor(role) : [];
}
