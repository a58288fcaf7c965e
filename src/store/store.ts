/** The `Store` the bot, the conversations and the notifier share, assembled from repositories over one backend. */
import type { StorageAdapter } from 'grammy';
import { type AccountRepo, accountRepo } from './accounts.js';
import { type AdapterOptions, storageAdapter } from './adapter.js';
import { type AuditRepo, auditRepo } from './audit.js';
import type { Backend } from './backend/backend.js';
import type { KeyCipher } from './cipher.js';
import type { RepoContext } from './context.js';
import { type DraftRepo, draftRepo } from './drafts.js';
import { type GroupRepo, groupRepo } from './groups.js';
import { type InviteRepo, inviteRepo } from './invites.js';
import type { Keyspace } from './keys.js';
import { type KvRepo, kvRepo } from './kv.js';
import { type MemberRepo, memberRepo } from './members.js';
import { type NotifierRepo, notifierRepo } from './notifier.js';
import { type RegistryRepo, registryRepo } from './registry.js';
import { type UserRepo, userRepo } from './users.js';

export interface Store {
  accounts: AccountRepo;
  members: MemberRepo;
  invites: InviteRepo;
  users: UserRepo;
  groups: GroupRepo;
  audit: AuditRepo;
  drafts: DraftRepo;
  kv: KvRepo;
  registry: RegistryRepo;
  notifier: NotifierRepo;
  /** grammY StorageAdapter for a namespace (sessions, conversations): values JSON, optional TTL and schema. */
  adapter<T>(namespace: string, options?: AdapterOptions<T>): StorageAdapter<T>;
  /** True when the backend answers (Redis within the ping timeout). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface StoreOptions {
  cipher: KeyCipher;
  /** Milliseconds since the epoch; `Date.now` by default. */
  clock?: () => number;
  /** Audit entries kept per account; 10,000 by default. */
  auditCap?: number;
  /** Delivered-notification marks kept per account; 10,000 by default. */
  deliveredCap?: number;
}

export function storeOn(backend: Backend, keys: Keyspace, options: StoreOptions): Store {
  const ctx: RepoContext = {
    backend,
    keys,
    cipher: options.cipher,
    clock: options.clock ?? Date.now,
    auditCap: options.auditCap ?? 10_000,
    deliveredCap: options.deliveredCap ?? 10_000,
  };
  return {
    accounts: accountRepo(ctx),
    members: memberRepo(ctx),
    invites: inviteRepo(ctx),
    users: userRepo(ctx),
    groups: groupRepo(ctx),
    audit: auditRepo(ctx),
    drafts: draftRepo(ctx),
    kv: kvRepo(ctx),
    registry: registryRepo(ctx),
    notifier: notifierRepo(ctx),
    adapter: (namespace, adapterOptions) => storageAdapter(ctx, namespace, adapterOptions),
    ping: () => backend.ping(),
    close: () => backend.close(),
  };
}
