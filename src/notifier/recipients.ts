/**
 * Who receives a notification: the account's members in private (owners and managers by default, anyone who chose
 * types in /alerts), and every group or forum topic subscribed to the type. Paused chats and people no longer in
 * the team receive nothing. Pure, so the same rule decides at fan-out and again just before sending.
 */
import type { Member, Subscription } from '../store/index.js';
import { type DeliveryTarget, isPrivateChat } from './delivery.js';
import { defaultTypesFor, wants } from './notification-types.js';

export function recipientsOf(type: string, members: readonly Member[], subscriptions: readonly Subscription[]): DeliveryTarget[] {
  const targets: DeliveryTarget[] = [];
  for (const member of members) {
    const own = subscriptions.find((sub) => sub.chatId === member.userId && sub.threadId === undefined);
    if (own?.paused) continue;
    if (wants(own?.types ?? defaultTypesFor(member.role), type)) targets.push({ chatId: member.userId });
  }
  for (const sub of subscriptions) {
    // A private subscription speaks for its member only while they are one.
    if (isPrivateChat(sub.chatId) || sub.paused || !wants(sub.types, type)) continue;
    targets.push(sub.threadId === undefined ? { chatId: sub.chatId } : { chatId: sub.chatId, threadId: sub.threadId });
  }
  return targets;
}

export function sameTarget(a: DeliveryTarget, b: DeliveryTarget): boolean {
  return a.chatId === b.chatId && a.threadId === b.threadId;
}
