/**
 * One poll of one account: fetch its notifications, pick those that are news (after the baseline and not fanned
 * out before), work out who receives each, put every delivery in the outbox, and only then record them as fanned
 * out — so a crash anywhere in between repeats work (deduplicated by the delivery claims) but never loses a
 * notification. Keeps within the notifier's share of the key's rate limit; a refused key is marked and its owner
 * told once; an overloaded AutoCall is left alone for a growing while.
 */
import { type AutocallApi, type AutocallError, isAutocallError, type Notification } from '../../api/index.js';
import { markNeedsRelink } from '../../bot/accounts/relink.js';
import type { Account } from '../../store/index.js';
import { advancedMarker, createdAtMs, isAfterMarker, readMarker, takeBaseline } from '../baseline.js';
import type { CampaignDetails, Delivery, NotificationFacts } from '../delivery.js';
import type { NotifierDeps } from '../notifier-deps.js';
import { recipientsOf } from '../recipients.js';
import { idField } from '../render/notification-data.js';
import { tellOwnerKeyRefused } from './owner-notices.js';

export type PollResult = 'ok' | 'baseline' | 'skipped' | 'failed';

/** Puts deliveries in the outbox durably; resolves once they are there. */
export type Enqueue = (deliveries: Delivery[]) => Promise<void>;

/** AutoCall answers worth waiting out: the service or the key's rate limit is overloaded, or unreachable. */
const OVERLOAD: ReadonlySet<string> = new Set(['rate_limited', 'server', 'network', 'timeout', 'queue_full']);
const BACKOFF_MAX_MS = 10 * 60_000;
const BACKOFF_MEMORY_MS = 3_600_000;
/** Marks read per poll at most, so a backlog is worked off without crowding out the polls themselves. */
const MARK_READ_PER_POLL = 5;
/** How long "this notification reached a chat" is remembered for marking it read. */
export const SENT_MARK_TTL_MS = 86_400_000;

export const sentMarkKey = (accountId: string, notificationId: string) => `notifier-sent:${accountId}:${notificationId}`;
const backoffKey = (accountId: string) => `notifier-backoff:${accountId}`;
const failuresKey = (accountId: string) => `notifier-failures:${accountId}`;

/** Oldest first; an unreadable date goes last. */
const createdOrder = (notification: Notification) => createdAtMs(notification.created_at) ?? Number.MAX_SAFE_INTEGER;

function factsOf(notification: Notification): NotificationFacts {
  return { id: notification.id, type: notification.type, data: { ...notification.data }, createdAt: notification.created_at };
}

async function campaignDetails(api: AutocallApi, autocallId: number): Promise<CampaignDetails> {
  const autocall = await api.autocalls.get(autocallId);
  const counters = autocall.counters ?? {};
  return {
    ...(autocall.name === undefined ? {} : { name: autocall.name }),
    ...(counters.success_percentage === undefined ? {} : { successPercentage: counters.success_percentage }),
    ...(counters.success === undefined ? {} : { success: counters.success }),
    ...(counters.no_answer === undefined ? {} : { noAnswer: counters.no_answer }),
    ...(counters.busy === undefined ? {} : { busy: counters.busy }),
    ...(counters.error === undefined ? {} : { error: counters.error }),
    ...(counters.recalled === undefined ? {} : { recalled: counters.recalled }),
    ...(counters.spam === undefined ? {} : { spam: counters.spam }),
    ...((counters.total ?? autocall.calls_count) === undefined ? {} : { total: counters.total ?? autocall.calls_count }),
    ...(counters.duration === undefined ? {} : { talkSeconds: counters.duration }),
    ...(autocall.final_cost === undefined ? {} : { finalCost: autocall.final_cost }),
  };
}

export function createPoller(deps: NotifierDeps) {
  const { store, logger, metrics, budget, config } = deps;

  async function backOff(account: Account): Promise<void> {
    const failures = await store.kv.incrWindow(failuresKey(account.id), BACKOFF_MEMORY_MS);
    const delay = Math.min(config.NOTIFIER_INTERVAL_MS * 2 ** (failures - 1), BACKOFF_MAX_MS);
    await store.kv.setOnce(backoffKey(account.id), String(failures), delay);
  }

  /** A refused key is marked and its owner told; an overloaded AutoCall is left alone for a growing while. */
  async function handleApiError(account: Account, error: AutocallError): Promise<void> {
    logger.warn({ account_id: account.id, kind: error.kind, operation: error.operation }, 'notifier: AutoCall call failed');
    if (error.kind === 'unauthenticated') {
      // Demo keys are never revoked: a 401 there means this process cannot see the sandbox that holds the account.
      if (account.demo) return backOff(account);
      await markNeedsRelink(deps, account);
      await tellOwnerKeyRefused(deps, account);
      return;
    }
    if (OVERLOAD.has(error.kind)) await backOff(account);
  }

  /** Fetches a finished campaign's figures within the budget; undefined when they cannot be had now. */
  async function enrich(account: Account, api: AutocallApi, notification: Notification): Promise<CampaignDetails | undefined | 'no_budget'> {
    const autocallId = idField(notification.data ?? {});
    if (notification.type !== 'AutocallFinished' || autocallId === undefined) return undefined;
    if (!(await budget.take(account.id))) return 'no_budget';
    try {
      return await campaignDetails(api, autocallId);
    } catch (error) {
      if (!isAutocallError(error)) throw error;
      if (error.kind === 'unauthenticated' || OVERLOAD.has(error.kind)) return 'no_budget';
      return undefined;
    }
  }

  async function markDeliveredRead(account: Account, api: AutocallApi, fresh: readonly Notification[]): Promise<void> {
    const unread = fresh.filter((n) => n.read_at === null);
    const sent = await Promise.all(unread.map((n) => store.kv.get(sentMarkKey(account.id, n.id))));
    for (const notification of unread.filter((_, index) => sent[index] !== null).slice(0, MARK_READ_PER_POLL)) {
      if (!(await budget.take(account.id))) return;
      await api.notifications.update(notification.id);
      await store.kv.del(sentMarkKey(account.id, notification.id));
    }
  }

  /** Fans out what is news among `fresh`; false when some of it had to wait for the budget. */
  async function fanOut(account: Account, api: AutocallApi, fresh: readonly Notification[], enqueue: Enqueue): Promise<boolean> {
    const unseenIds = new Set(await store.notifier.filterUnseen(account.id, fresh.map((n) => n.id)));
    const news = fresh.filter((n) => unseenIds.has(n.id));
    if (news.length === 0) return true;
    const [members, subscriptions] = await Promise.all([store.members.listByAccount(account.id), store.notifier.listSubscriptions(account.id)]);
    const deliveries: Delivery[] = [];
    const done: Notification[] = [];
    for (const notification of news) {
      const targets = recipientsOf(notification.type, members, subscriptions);
      const details = targets.length === 0 ? undefined : await enrich(account, api, notification);
      // Out of budget: this notification and the ones after it wait for the next poll, in order.
      if (details === 'no_budget') break;
      const facts = factsOf(notification);
      for (const target of targets) deliveries.push({ accountId: account.id, notification: facts, ...(details ? { details } : {}), target });
      done.push(notification);
    }
    await enqueue(deliveries);
    await store.notifier.markSeen(account.id, done.map((n) => n.id));
    for (const notification of done) metrics.found.inc({ type: notification.type });
    return done.length === news.length;
  }

  async function pollWith(account: Account, api: AutocallApi, enqueue: Enqueue, hadFailures: boolean): Promise<PollResult> {
    const [{ data }, stored] = await Promise.all([api.notifications.list(), store.notifier.getBaseline(account.id)]);
    const marker = readMarker(stored);
    if (marker === null) {
      await takeBaseline(store, account.id, data);
      return 'baseline';
    }
    const fresh = data.filter((n) => isAfterMarker(n, marker)).sort((a, b) => createdOrder(a) - createdOrder(b));
    const complete = await fanOut(account, api, fresh, enqueue);
    // The marker only moves once everything fresh was fanned out: one left for lack of budget keeps it back.
    const next = complete ? advancedMarker(marker, data) : marker;
    if (next !== marker) await store.notifier.setBaseline(account.id, String(next));
    if (config.NOTIFIER_MARK_READ) await markDeliveredRead(account, api, fresh);
    if (hadFailures) await store.kv.del(failuresKey(account.id));
    return 'ok';
  }

  /** Polls one account; every outcome is counted, none is thrown except a failure of the store or the outbox. */
  async function poll(accountId: string, enqueue: Enqueue): Promise<PollResult> {
    const result = await pollOnce(accountId, enqueue);
    metrics.polls.inc({ result });
    return result;
  }

  async function pollOnce(accountId: string, enqueue: Enqueue): Promise<PollResult> {
    // One round trip for everything that may rule the poll out: thousands of accounts are polled every interval.
    const [account, backingOff, failures] = await Promise.all([
      store.accounts.get(accountId),
      store.kv.get(backoffKey(accountId)),
      store.kv.get(failuresKey(accountId)),
    ]);
    if (!account || account.status === 'needs_relink' || backingOff !== null) return 'skipped';
    if (account.demo && !deps.demoAvailable) return 'skipped';
    if (!(await budget.take(account.id))) return 'skipped';
    const api = await deps.apis.forAccount(account);
    try {
      return await pollWith(account, api, enqueue, failures !== null);
    } catch (error) {
      if (!isAutocallError(error)) throw error;
      await handleApiError(account, error);
      return 'failed';
    }
  }

  return { poll };
}

export type Poller = ReturnType<typeof createPoller>;
