/**
 * One delivery: a notification on its way to one chat (or forum topic). It is what the outbox holds, so it carries
 * everything the message needs — the notification as AutoCall reported it and, for a finished campaign, the figures
 * fetched once when it was found — and is rendered in the chat's language only when it is sent.
 */
import { z } from 'zod';

export const NotificationFacts = z.object({
  /** AutoCall's UUID. */
  id: z.string().min(1),
  type: z.string().min(1),
  data: z.record(z.string(), z.unknown()),
  /** As AutoCall sent it (`Y-m-d H:i:s`, Kazakhstan time). */
  createdAt: z.string(),
});
export type NotificationFacts = z.infer<typeof NotificationFacts>;

/** A finished campaign's outcome, from `GET /autocalls/{id}`. */
export const CampaignDetails = z.object({
  name: z.string().optional(),
  successPercentage: z.number().optional(),
  success: z.number().optional(),
  noAnswer: z.number().optional(),
  busy: z.number().optional(),
  error: z.number().optional(),
  recalled: z.number().optional(),
  spam: z.number().optional(),
  total: z.number().optional(),
  talkSeconds: z.number().optional(),
  finalCost: z.number().nullable().optional(),
});
export type CampaignDetails = z.infer<typeof CampaignDetails>;

export const DeliveryTarget = z.object({
  chatId: z.number().int(),
  threadId: z.number().int().optional(),
});
export type DeliveryTarget = z.infer<typeof DeliveryTarget>;

export const Delivery = z.object({
  accountId: z.string().min(1),
  notification: NotificationFacts,
  details: CampaignDetails.optional(),
  target: DeliveryTarget,
});
export type Delivery = z.infer<typeof Delivery>;

/** Private chats have the person's id (positive); groups and supergroups negative ids. */
export function isPrivateChat(chatId: number): boolean {
  return chatId > 0;
}

/** A stable name of the delivery, the same in every process: the outbox's job id. */
export function deliveryKey(delivery: Delivery): string {
  const { chatId, threadId } = delivery.target;
  return `d.${delivery.accountId}.${delivery.notification.id}.${chatId}.${threadId ?? 0}`;
}
