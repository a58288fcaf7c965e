/**
 * Sends one delivery from the outbox. Just before sending it checks again that the chat is still a recipient (a
 * member removed a second ago receives nothing), paces the chat to Telegram's per-chat limits, renders the message
 * in the chat's language, and claims the delivery in the store: a claim exists only while the send is in flight or
 * after it succeeded, so no chat ever gets a notification twice — whatever process, restart or retry comes next.
 * A send Telegram answered with an error gives the claim back unless retrying is pointless.
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
import { classifySendFailure } from './send-failure.js';

export type DeliveryOutcome =
  | { kind: 'sent' }
  /** Nothing to send: the account is gone, the chat is no longer a recipient, or it already got this one. */
  | { kind: 'skipped' }
  /** The chat had a message a moment ago: send this one after `delayMs`. */
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

function subscriptionOf(subscriptions: readonly Subscription[], delivery: Delivery): Subscription | undefined {
  return subscriptions.find((sub) => sub.chatId === delivery.target.chatId && sub.threadId === delivery.target.threadId);
}

export function createDeliverer(deps: NotifierDeps) {
  const { store, logger, metrics, config } = deps;

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

  /** Everything a send needs, prepared before the claim so that nothing but the request itself follows it. */
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

  function recordSent(delivery: Delivery): Promise<boolean> {
    const { type, createdAt } = delivery.notification;
    metrics.delivered.inc({ type });
    const created = createdAtMs(createdAt);
    if (created !== null) metrics.lagSeconds.observe(Math.max(0, deps.now() - created) / 1000);
    return store.kv.setOnce(sentMarkKey(delivery.accountId, delivery.notification.id), '1', SENT_MARK_TTL_MS);
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
    const send = prepare(account, delivery, subscriptions, personLang);
    // From the claim on, a crash leaves the delivery claimed: only the request itself may lie in between, so a crash
    // there is the one case where a notification could be missed rather than sent twice.
    if (!(await store.notifier.claimDelivery(accountId, notification.id, target.chatId, target.threadId))) return { kind: 'skipped' };
    try {
      await send();
    } catch (error) {
      const failure = classifySendFailure(error);
      if (failure.kind === 'rejected') {
        metrics.failed.inc({ type: notification.type, reason: 'rejected' });
        logger.error({ err: error, delivery }, 'notifier: Telegram refused the message; it is dropped');
        return { kind: 'rejected' };
      }
      await store.notifier.releaseDelivery(accountId, notification.id, target.chatId, target.threadId);
      if (failure.kind === 'flood') {
        metrics.floodWaits.inc();
        return { kind: 'flood', retryAfterMs: failure.retryAfterMs };
      }
      if (failure.kind === 'blocked') {
        metrics.failed.inc({ type: notification.type, reason: 'blocked' });
        logger.warn({ account_id: accountId, chat_id: target.chatId, reason: failure.description }, 'notifier: chat unreachable; subscription paused');
        await pause(account, delivery, members, subscriptions);
        return { kind: 'paused' };
      }
      return { kind: 'retry', reason: failure.description };
    }
    await recordSent(delivery);
    return { kind: 'sent' };
  }

  /** A delivery the outbox gave up retrying. */
  function gaveUp(delivery: Delivery, reason: string): void {
    metrics.failed.inc({ type: delivery.notification.type, reason: 'gave_up' });
    logger.error({ delivery, reason }, 'notifier: delivery abandoned after its retries');
  }

  return { deliver, gaveUp };
}

export type Deliverer = ReturnType<typeof createDeliverer>;
