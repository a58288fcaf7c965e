/**
 * Every key the store writes, in one place: `<prefix>:v1:<family>:<id>`. The version segment changes when a
 * family's layout changes incompatibly, so old and new code never read each other's records by accident.
 * Ids in the middle of a key are account ids (url-safe base64) or Telegram numbers; free-form parts (draft ids,
 * kv keys, adapter keys) only ever come last.
 */
import { StoreError } from './errors.js';

const NAMESPACE = /^[a-z0-9_-]{1,32}$/;
const PREFIX = /^[\w-]{1,32}$/;

export type Keyspace = ReturnType<typeof keyspace>;

function checkedNamespace(namespace: string, what: string): string {
  if (!NAMESPACE.test(namespace)) throw new StoreError('invalid', `${what} namespace "${namespace}" must be 1–32 of a-z 0-9 _ -`);
  return namespace;
}

export function keyspace(prefix: string) {
  if (!PREFIX.test(prefix)) throw new StoreError('invalid', `key prefix "${prefix}" must be 1–32 of A-Z a-z 0-9 _ -`);
  const root = `${prefix}:v1`;
  return {
    /** Pattern matching every key of this store (for tests and maintenance scans). */
    all: `${root}:*`,
    account: (id: string) => `${root}:account:${id}`,
    /** Sorted set of all account ids (score 0, lexicographic order), paged by id for the notifier. */
    accountIndex: `${root}:accounts`,
    /** Set of account ids whose API key has this fingerprint. */
    fingerprint: (fp: string) => `${root}:account-fp:${fp}`,
    /** Hash userId → member record. */
    members: (accountId: string) => `${root}:members:${accountId}`,
    /** Hash accountId → role: the reverse index of `members`. */
    userAccounts: (userId: number) => `${root}:user-accounts:${userId}`,
    invite: (token: string) => `${root}:invite:${token}`,
    /** Sorted set of an account's invite tokens by expiry time. */
    accountInvites: (accountId: string) => `${root}:account-invites:${accountId}`,
    /** Hash of a person's settings, one field per setting so concurrent updates of different fields both land. */
    user: (userId: number) => `${root}:user:${userId}`,
    group: (chatId: number) => `${root}:group:${chatId}`,
    accountGroups: (accountId: string) => `${root}:account-groups:${accountId}`,
    audit: (accountId: string) => `${root}:audit:${accountId}`,
    /** The id an unlinked key's account had, kept while its audit log is retained, so a relink continues it. */
    retiredAccount: (fp: string) => `${root}:account-retired:${fp}`,
    draft: (id: string) => `${root}:draft:${id}`,
    kv: (key: string) => `${root}:kv:${key}`,
    /** Hash id → record with its expiry, one per namespace (restricted like the adapters'). */
    registry: (namespace: string) => `${root}:registry:${checkedNamespace(namespace, 'registry')}`,
    notifyBaseline: (accountId: string) => `${root}:notify-baseline:${accountId}`,
    /** Sorted set of `notificationId@chatId` by delivery time. */
    notifyDelivered: (accountId: string) => `${root}:notify-delivered:${accountId}`,
    /** Sorted set of notification ids already fanned out to their chats, by the time they were. */
    notifySeen: (accountId: string) => `${root}:notify-seen:${accountId}`,
    /** Hash `chatId/threadId` → subscription. */
    notifySubscriptions: (accountId: string) => `${root}:notify-subs:${accountId}`,
    /** Set of account ids a chat is subscribed to. */
    chatSubscriptions: (chatId: number) => `${root}:chat-subs:${chatId}`,
    /** Keys of a grammY storage adapter; namespaces are restricted so one can never reach into another. */
    adapter(namespace: string) {
      const checked = checkedNamespace(namespace, 'adapter');
      return (key: string) => `${root}:ns:${checked}:${key}`;
    },
  };
}
