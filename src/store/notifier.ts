/**
 * What the notifier needs to deliver each AutoCall notification once per chat: a per-account baseline (notifications
 * that existed when polling began are history, not news), a bounded record of the notifications already fanned out
 * and of deliveries, and the chats subscribed to an account's notifications.
 */
import { z } from 'zod';
import type { WriteOp } from './backend/backend.js';
import { checked, decode, encode } from './codec.js';
import type { RepoContext } from './context.js';
import { Lang } from './roles.js';

/** Notification types are the contract's strings (`AutocallFinished`, `LowBalance`, …), kept open here on purpose. */
export const Subscription = z.object({
  chatId: z.number().int(),
  /** Forum topic the alerts go to. */
  threadId: z.number().int().optional(),
  accountId: z.string().min(1),
  types: z.array(z.string().min(1).max(64)).max(64),
  paused: z.boolean().optional(),
  /** Language of the alerts in a group (the subscriber's); private chats follow the person's own setting. */
  lang: Lang.optional(),
  /** Group title when subscribed, to name the chat in messages about it. */
  title: z.string().max(256).optional(),
});
export type Subscription = z.infer<typeof Subscription>;

export interface NotifierRepo {
  /** The marker (e.g. the newest notification's `created_at`) below which notifications are not news. */
  getBaseline(accountId: string): Promise<string | null>;
  setBaseline(accountId: string, marker: string): Promise<void>;
  /**
   * Records that one notification reached one chat (or forum topic), on Telegram's answer: one Redis command, so
   * the record follows the send as closely as it can. True for the first record only.
   */
  recordDelivered(accountId: string, notificationId: string, chatId: number, threadId?: number): Promise<boolean>;
  /** Whether `recordDelivered` recorded it (the oldest records beyond the cap are forgotten). */
  isDelivered(accountId: string, notificationId: string, chatId: number, threadId?: number): Promise<boolean>;
  /** Records notifications as fanned out to their chats (kept up to the delivered cap, oldest forgotten first). */
  markSeen(accountId: string, notificationIds: readonly string[]): Promise<void>;
  /** The ids, in the given order, that `markSeen` has not recorded. */
  filterUnseen(accountId: string, notificationIds: readonly string[]): Promise<string[]>;
  /** Creates or replaces the subscription of a chat (and topic) to an account. */
  subscribe(subscription: Subscription): Promise<Subscription>;
  /** False when there was no such subscription. */
  unsubscribe(accountId: string, chatId: number, threadId?: number): Promise<boolean>;
  listSubscriptions(accountId: string): Promise<Subscription[]>;
  listChatSubscriptions(chatId: number): Promise<Subscription[]>;
}

const deliveryMember = (notificationId: string, chatId: number, threadId: number | undefined) =>
  threadId === undefined ? `${notificationId}@${chatId}` : `${notificationId}@${chatId}/${threadId}`;
const subscriptionField = (chatId: number, threadId: number | undefined) => `${chatId}/${threadId ?? ''}`;

export function notifierRepo({ backend, keys, clock, deliveredCap }: RepoContext): NotifierRepo {
  async function listSubscriptions(accountId: string): Promise<Subscription[]> {
    const key = keys.notifySubscriptions(accountId);
    const fields = await backend.hgetall(key);
    return Object.values(fields)
      .map((text) => decode(Subscription, text, key))
      .sort((a, b) => a.chatId - b.chatId || (a.threadId ?? 0) - (b.threadId ?? 0));
  }

  return {
    listSubscriptions,
    getBaseline: (accountId) => backend.get(keys.notifyBaseline(accountId)),
    async setBaseline(accountId, marker) {
      await backend.write([{ op: 'set', key: keys.notifyBaseline(accountId), value: marker }]);
    },
    async recordDelivered(accountId, notificationId, chatId, threadId) {
      const key = keys.notifyDelivered(accountId);
      const recorded = await backend.zaddIfAbsent(key, deliveryMember(notificationId, chatId, threadId), clock());
      // Oldest records go first; the notifier only ever asks about recent notifications.
      if (recorded) await backend.ztrimLowest(key, deliveredCap);
      return recorded;
    },
    async isDelivered(accountId, notificationId, chatId, threadId) {
      const key = keys.notifyDelivered(accountId);
      return (await backend.zscore(key, deliveryMember(notificationId, chatId, threadId))) !== null;
    },
    async markSeen(accountId, notificationIds) {
      if (notificationIds.length === 0) return;
      const key = keys.notifySeen(accountId);
      const at = clock();
      await backend.write(notificationIds.map((member): WriteOp => ({ op: 'zadd', key, member, score: at })));
      await backend.ztrimLowest(key, deliveredCap);
    },
    async filterUnseen(accountId, notificationIds) {
      const key = keys.notifySeen(accountId);
      const scores = await Promise.all(notificationIds.map((id) => backend.zscore(key, id)));
      return notificationIds.filter((_, index) => scores[index] === null);
    },
    async subscribe(subscription) {
      const valid = checked(Subscription, subscription, 'subscription');
      await backend.write([
        {
          op: 'hset',
          key: keys.notifySubscriptions(valid.accountId),
          field: subscriptionField(valid.chatId, valid.threadId),
          value: encode(valid),
        },
        { op: 'sadd', key: keys.chatSubscriptions(valid.chatId), member: valid.accountId },
      ]);
      return valid;
    },
    async unsubscribe(accountId, chatId, threadId) {
      const key = keys.notifySubscriptions(accountId);
      const field = subscriptionField(chatId, threadId);
      if ((await backend.hget(key, field)) === null) return false;
      const ops: WriteOp[] = [{ op: 'hdel', key, field }];
      const others = (await listSubscriptions(accountId)).filter(
        (sub) => sub.chatId === chatId && subscriptionField(sub.chatId, sub.threadId) !== field,
      );
      if (others.length === 0) ops.push({ op: 'srem', key: keys.chatSubscriptions(chatId), member: accountId });
      await backend.write(ops);
      return true;
    },
    async listChatSubscriptions(chatId) {
      const accountIds = await backend.smembers(keys.chatSubscriptions(chatId));
      const perAccount = await Promise.all(accountIds.map(listSubscriptions));
      return perAccount.flat().filter((sub) => sub.chatId === chatId);
    },
  };
}

/** Drops an account's baseline, delivery marks and subscriptions (and the chats' back references). */
export async function notifierPurgeOps({ backend, keys }: RepoContext, accountId: string): Promise<WriteOp[]> {
  // Chat ids come from the field names, so even damaged subscription records are cleaned up.
  const fields = Object.keys(await backend.hgetall(keys.notifySubscriptions(accountId)));
  const chatIds = new Set(fields.map((field) => Number(field.split('/')[0])));
  return [
    { op: 'del', key: keys.notifyBaseline(accountId) },
    { op: 'del', key: keys.notifyDelivered(accountId) },
    { op: 'del', key: keys.notifySeen(accountId) },
    { op: 'del', key: keys.notifySubscriptions(accountId) },
    ...[...chatIds].map((chatId): WriteOp => ({ op: 'srem', key: keys.chatSubscriptions(chatId), member: accountId })),
  ];
}
