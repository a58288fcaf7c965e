/**
 * Sends one delivery from the outbox, at least once and as near to exactly once as the Bot API allows. Just before
 * sending it checks that the delivery is not recorded delivered and that the chat is still a recipient (a member
 * removed a second ago receives nothing), paces the chat to Telegram's per-chat limits, waits for its slot under the
 * overall limit (`send-pacer.ts`), takes the delivery's short "in flight" claim (two live processes never send it
 * at once) and renders the message in the chat's language.
 * On Telegram's answer the delivery is recorded delivered at once, so every retry, takeover or restart skips it.
 * Only a process killed between Telegram's acceptance and that record leaves a delivery to be sent again: the
 * duplicates a crash can cause are the sends in flight at that moment (see `send-claim.ts`).
 */
import type { Language } from '../../bot/i18n.js';
import type { Account, Member, Subscription } from '../../store/index.js';
import { createdAtMs } from '../baseline.js';
import { type Delivery, isPrivateChat } from '../delivery.js';
import { defaultTypesFor } from '../notification-types.js';
import type { NotifierDeps } from '../notifier-deps.js';
import { recipientsOf, sameTarget } from '../recipients.js';
import { renderAlert } from '../render/alert-message.js';
import { tellOwnerChatPaused } from './owner-notices.js';
import { SENT_MARK_TTL_MS, sentMarkKey } from './poll-account.js';
import { sendClaims } from './send-claim.js';
import type { SendPacer } from './send-pacer.js';
import { classifySendFailure } from './send-failure.js';

export type DeliveryOutcome =
  | { kind: 'sent' }
  /** Nothing to send: the account is gone, the chat is no longer a recipient, or it already got this one. */
  | { kind: 'skipped' }
  /** Not now — the chat had a message a moment ago, or another process is sending this: try after `delayMs`. */
  | { kind: 'paced'; delayMs: number }
  /** Telegram's flood control: no send anywhere for `retryAfterMs`, then this one again. */
  | { kind: 'flood'; retryAfterMs: number }
  /** 403: the chat's subscription is paused and the owner told. */
  | { kind: 'paused' }
  /** Telegram will never take this message (a 400): logged with its payload and dropped. */
  | { kind: 'rejected' }
  /** Telegram or the network failed: worth another try later. */
  | { kind: 'retry'; reason: string };

const paceKey = (chatId: number) => `notifier-pace:${chatId}`;
/** How soon a delivery another process holds is looked at again (it is then sent, or found delivered). */
export const CLAIMED_RECHECK_MS = 1_000;

/** What sending needs of the notifier: the store, the Bot API's sendMessage, translations and metrics. */
export type DelivererDeps = Pick<NotifierDeps, 'config' | 'logger' | 'store' | 'translate' | 'telegram' | 'metrics' | 'now'>;

function subscriptionOf(subscriptions: readonly Subscription[], delivery: Delivery): Subscription | undefined {
  return subscriptions.find((sub) => sub.chatId === delivery.target.chatId && sub.threadId === delivery.target.threadId);
}

/** How sends are spaced: the delivery claim's lifetime and the schedule of Telegram's overall limit. */
export interface SendTiming {
  claimMs: number;
  pacer: SendPacer;
}

export function createDeliverer(deps: DelivererDeps, timing: SendTiming) {
  const { store, logger, metrics, config } = deps;
  const { pacer } = timing;
  const claims = sendClaims(store.kv, timing.claimMs);

  /** A person's own language in private; in a group the language of whoever subscribed it. */
  async function languageOf(delivery: Delivery): Promise<Language | undefined> {
    return isPrivateChat(delivery.target.chatId) ? (await store.users.get(delivery.target.chatId)).lang : undefined;
  }

  /** Some other send to this chat happened within its interval: wait. Zero turns pacing off. */
  async function pace(delivery: Delivery): Promise<number> {
    const interval = isPrivateChat(delivery.target.chatId) ? config.NOTIFIER_CHAT_INTERVAL_MS : config.NOTIFIER_GROUP_INTERVAL_MS;
    if (interval === 0) return 0;
    return (await store.kv.setOnce(paceKey(delivery.target.chatId), '1', interval)) ? 0 : interval;
  }

  async function pause(account: Account, delivery: Delivery, members: readonly Member[], subscriptions: readonly Subscription[]): Promise<void> {
    const { chatId, threadId } = delivery.target;
    const existing = subscriptionOf(subscriptions, delivery);
    const member = members.find((m) => m.userId === chatId);
    const types = existing?.types ?? (member ? defaultTypesFor(member.role) : []);
    await store.notifier.subscribe({ ...existing, chatId, ...(threadId === undefined ? {} : { threadId }), accountId: account.id, types, paused: true });
    const group = !isPrivateChat(chatId);
    const name = group ? (existing?.title ?? String(chatId)) : (member?.name ?? String(chatId));
    await tellOwnerChatPaused(deps, account, { chatId, threadId, name, group });
  }

  /** The request that sends the delivery's message. */
  function prepare(account: Account, delivery: Delivery, subscriptions: readonly Subscription[], personLang: Language | undefined) {
    const { chatId, threadId } = delivery.target;
    const message = renderAlert({
      translate: deps.translate,
      lang: personLang ?? subscriptionOf(subscriptions, delivery)?.lang ?? 'ru',
      account,
      notification: delivery.notification,
      details: delivery.details,
    });
    const options = {
      parse_mode: 'HTML' as const,
      link_preview_options: { is_disabled: true },
      ...(threadId === undefined ? {} : { message_thread_id: threadId }),
      ...(message.keyboard.inline_keyboard.flat().length > 0 ? { reply_markup: message.keyboard } : {}),
    };
    return () => deps.telegram.sendMessage(chatId, message.text, options);
  }

  /** Counts the delivery; its lag runs from the notification's creation to now. */
  function countSent(delivery: Delivery): void {
    const { type, createdAt } = delivery.notification;
    metrics.delivered.inc({ type });
    const created = createdAtMs(createdAt);
    if (created !== null) metrics.lagSeconds.observe(Math.max(0, deps.now() - created) / 1000);
  }

  /** What Telegram's refusal means for the delivery; the claim is the caller's to give back. */
  async function refused(error: unknown, account: Account, delivery: Delivery, members: readonly Member[], subscriptions: readonly Subscription[]): Promise<DeliveryOutcome> {
    const { accountId, notification, target } = delivery;
    const failure = classifySendFailure(error);
    switch (failure.kind) {
      case 'rejected':
        metrics.failed.inc({ type: notification.type, reason: 'rejected' });
        logger.error({ err: error, delivery }, 'notifier: Telegram refused the message; it is dropped');
        return { kind: 'rejected' };
      case 'flood':
        metrics.floodWaits.inc();
        await pacer.hold(failure.retryAfterMs);
        return { kind: 'flood', retryAfterMs: failure.retryAfterMs };
      case 'blocked':
        metrics.failed.inc({ type: notification.type, reason: 'blocked' });
        logger.warn({ account_id: accountId, chat_id: target.chatId, reason: failure.description }, 'notifier: chat unreachable; subscription paused');
        await pause(account, delivery, members, subscriptions);
        return { kind: 'paused' };
      default:
        return { kind: 'retry', reason: failure.description };
    }
  }

  /** Sends under the claim: checks again that no one recorded it meanwhile, sends and records. */
  async function sendClaimed(account: Account, delivery: Delivery, members: readonly Member[], subscriptions: readonly Subscription[], personLang: Language | undefined): Promise<DeliveryOutcome> {
    const { accountId, notification, target } = delivery;
    // The first look may predate another process's record of this very delivery: only one taken under the claim counts.
    if (await store.notifier.isDelivered(accountId, notification.id, target.chatId, target.threadId)) return { kind: 'skipped' };
    const send = prepare(account, delivery, subscriptions, personLang);
    try {
      await send();
    } catch (error) {
      return refused(error, account, delivery, members, subscriptions);
    }
    // Issued in the same tick as the answer: a crash before it is the one way a chat gets this notification twice.
    const recorded = store.notifier.recordDelivered(accountId, notification.id, target.chatId, target.threadId);
    // Only the poll that marks delivered notifications read looks for this mark.
    const marked = config.NOTIFIER_MARK_READ ? store.kv.setOnce(sentMarkKey(accountId, notification.id), '1', SENT_MARK_TTL_MS) : undefined;
    countSent(delivery);
    await Promise.all([recorded, marked]);
    return { kind: 'sent' };
  }

  async function deliver(delivery: Delivery): Promise<DeliveryOutcome> {
    const { accountId, notification, target } = delivery;
    // One round trip for everything the decision needs: sends are the notifier's hot path.
    const [account, members, subscriptions, delivered, personLang] = await Promise.all([
      store.accounts.get(accountId),
      store.members.listByAccount(accountId),
      store.notifier.listSubscriptions(accountId),
      store.notifier.isDelivered(accountId, notification.id, target.chatId, target.threadId),
      languageOf(delivery),
    ]);
    if (!account || delivered) return { kind: 'skipped' };
    if (!recipientsOf(notification.type, members, subscriptions).some((t) => sameTarget(t, target))) return { kind: 'skipped' };
    const delayMs = await pace(delivery);
    if (delayMs > 0) return { kind: 'paced', delayMs };
    // The overall slot is waited for before the claim, so the claim covers the request alone and not the queue.
    await pacer.wait();
    if (!(await claims.take(delivery))) return { kind: 'paced', delayMs: CLAIMED_RECHECK_MS };
    let outcome: DeliveryOutcome;
    try {
      outcome = await sendClaimed(account, delivery, members, subscriptions, personLang);
    } catch (error) {
      await claims.release(delivery);
      throw error;
    }
    // A sent, skipped or rejected delivery keeps its claim until it lapses: nothing is left to send.
    if (outcome.kind !== 'sent' && outcome.kind !== 'skipped' && outcome.kind !== 'rejected') await claims.release(delivery);
    return outcome;
  }

  /** A delivery the outbox gave up retrying. */
  function gaveUp(delivery: Delivery, reason: string): void {
    metrics.failed.inc({ type: delivery.notification.type, reason: 'gave_up' });
    logger.error({ delivery, reason }, 'notifier: delivery abandoned after its retries');
  }

  return { deliver, gaveUp };
}

export type Deliverer = ReturnType<typeof createDeliverer>;
