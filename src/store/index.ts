/**
 * Persistence of autocall-bot: one `Store` interface, backed by Redis in production and by memory in tests and
 * local runs, with the same behaviour (both pass one contract suite). Free of grammY at runtime, so the bot, the
 * conversations and the notifier can all use it.
 */
export type { Store, StoreOptions } from './store.js';
export { createMemoryStore } from './memory-store.js';
export { createRedisStore, type RedisStoreOptions } from './redis-store.js';
export { createKeyCipher, Sealed, type CipherKey, type KeyCipher } from './cipher.js';
export { StoreError, isStoreError, type StoreErrorKind } from './errors.js';
export { Lang, Role, roleAtLeast } from './roles.js';
export {
  Account,
  AccountPatch,
  AccountSettings,
  AccountStatus,
  keyFingerprint,
  type AccountRepo,
  type NewAccount,
} from './accounts.js';
export { Member, type MemberRepo, type Membership } from './members.js';
export { Invite, type ConsumedInvite, type InviteRepo, type NewInvite } from './invites.js';
export { UserSettings, UserSettingsPatch, type UserRepo } from './users.js';
export { GroupBinding, type GroupRepo } from './groups.js';
export { AuditEntry, type AuditPage, type AuditQuery, type AuditRecord, type AuditRepo } from './audit.js';
export type { DraftRepo } from './drafts.js';
export type { KvRepo } from './kv.js';
export type { RegistryRepo } from './registry.js';
export { Subscription, type NotifierRepo } from './notifier.js';
export type { AdapterOptions } from './adapter.js';
