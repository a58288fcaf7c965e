/**
 * Linked AutoCall accounts. The API key is sealed with the store's cipher (bound to the account id) and never
 * leaves this module in clear except through `getApiKey`; a fingerprint of it finds the same key linked twice.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { Sealed } from './cipher.js';
import { checked, encode, tryDecode } from './codec.js';
import type { RepoContext } from './context.js';
import { StoreError } from './errors.js';
import { groupPurgeOps } from './groups.js';
import { newAccountId } from './ids.js';
import { invitePurgeOps } from './invites.js';
import { auditRetireOps, auditRevivalOps } from './audit.js';
import { memberPurgeOps } from './members.js';
import { notifierPurgeOps } from './notifier.js';
import { readRecord, readRecords, updateRecord } from './records.js';
import { activeAccountPurgeOps } from './users.js';

export const AccountStatus = z.enum(['active', 'needs_relink']);
export type AccountStatus = z.infer<typeof AccountStatus>;

export const AccountSettings = z.object({
  /** Default code length of flash calls (the contract allows 3–6). */
  flashDigits: z.number().int().min(3).max(6).optional(),
});
export type AccountSettings = z.infer<typeof AccountSettings>;

export const Account = z.object({
  /** 11 url-safe characters: short enough for callback data. */
  id: z.string().regex(/^[\w-]{1,32}$/),
  name: z.string().min(1).max(64),
  /** Backed by the embedded sandbox: everything works, nothing is spent. */
  demo: z.boolean(),
  /** `needs_relink` after the API answered 401: the key was revoked or changed. */
  status: AccountStatus,
  sealedKey: Sealed,
  keyFingerprint: z.string().regex(/^[0-9a-f]{32}$/),
  ownerId: z.number().int(),
  createdAt: z.number(),
  settings: AccountSettings.optional(),
});
export type Account = z.infer<typeof Account>;

/** Changes `update` accepts; `settings` is merged into the current settings. */
export const AccountPatch = Account.pick({ name: true, status: true, demo: true, settings: true }).partial();
export type AccountPatch = z.infer<typeof AccountPatch>;

export interface NewAccount {
  name: string;
  demo: boolean;
  apiKey: string;
  ownerId: number;
}

export interface AccountRepo {
  /**
   * Links a key. A key unlinked within the audit retention gets its old account id back, so its audit log goes on.
   * Does not add the owner to the team: call `members.set(id, ownerId, 'owner', …)` next.
   */
  create(input: NewAccount): Promise<Account>;
  get(id: string): Promise<Account | null>;
  /** The API key in clear (resealed with the active cipher key on the way if it was sealed with an older one). */
  getApiKey(id: string): Promise<string | null>;
  /** The earliest-linked account holding this same key, if any. */
  findByFingerprint(apiKey: string): Promise<Account | null>;
  setStatus(id: string, status: AccountStatus): Promise<Account | null>;
  /** Relinks with a new key; the account becomes `active` again. */
  replaceKey(id: string, apiKey: string): Promise<Account | null>;
  rename(id: string, name: string): Promise<Account | null>;
  /** Applies a patch; null when the account does not exist. */
  update(id: string, patch: AccountPatch): Promise<Account | null>;
  /**
   * Deletes the account with its team, invites, group bindings and alerts; its audit log is retained for a while
   * (a relink of the same key continues it). False if it was not there.
   */
  delete(id: string): Promise<boolean>;
  /** Every account id, fetched page by page (safe to iterate over 10,000+ accounts, and while accounts change). */
  ids(): AsyncIterable<string>;
  /** Every account, fetched page by page. */
  list(): AsyncIterable<Account>;
}

/** sha256 of the key with a domain tag, first 128 bits: identifies a key without revealing it. */
export function keyFingerprint(apiKey: string): string {
  return createHash('sha256').update('autocall-bot:api-key:').update(apiKey).digest('hex').slice(0, 32);
}

const PAGE = 500;

function checkedApiKey(apiKey: string): string {
  // The message must not quote the key, whatever is wrong with it.
  if (apiKey.trim() === '' || apiKey.length > 512) throw new StoreError('invalid', 'API key must be 1–512 characters');
  return apiKey;
}

export function accountRepo(ctx: RepoContext): AccountRepo {
  const { backend, keys, cipher, clock } = ctx;
  const get = (id: string) => readRecord(backend, Account, keys.account(id));

  async function update(id: string, patch: AccountPatch): Promise<Account | null> {
    const valid = checked(AccountPatch, patch, 'account patch');
    const updated = await updateRecord(backend, Account, keys.account(id), (current) => ({
      ...current,
      name: valid.name ?? current.name,
      status: valid.status ?? current.status,
      demo: valid.demo ?? current.demo,
      settings: { ...current.settings, ...valid.settings },
    }));
    return updated?.after ?? null;
  }

  async function* idPages(): AsyncGenerator<string[]> {
    let after: string | null = null;
    for (;;) {
      const page = await backend.zrangeByLex(keys.accountIndex, after, PAGE);
      if (page.length > 0) yield page;
      const last = page.at(-1);
      if (page.length < PAGE || last === undefined) return;
      after = last;
    }
  }

  return {
    get,
    update,
    async create({ name, demo, apiKey, ownerId }) {
      const fingerprint = keyFingerprint(checkedApiKey(apiKey));
      // getDel: of two links of the same key at once, only one takes the old id over.
      const retired = await backend.getDel(keys.retiredAccount(fingerprint));
      const revived = retired !== null && (await backend.get(keys.account(retired))) === null;
      const id = revived ? retired : newAccountId();
      const account = checked(
        Account,
        {
          id,
          name,
          demo,
          status: 'active',
          sealedKey: cipher.encrypt(apiKey, id),
          keyFingerprint: fingerprint,
          ownerId,
          createdAt: clock(),
        },
        'account',
      );
      await backend.write([
        { op: 'set', key: keys.account(id), value: encode(account) },
        { op: 'zadd', key: keys.accountIndex, member: id, score: 0 },
        { op: 'sadd', key: keys.fingerprint(fingerprint), member: id },
        ...(revived ? auditRevivalOps(ctx, id) : []),
      ]);
      return account;
    },
    async getApiKey(id) {
      const account = await get(id);
      if (!account) return null;
      const apiKey = cipher.decrypt(account.sealedKey, id);
      if (cipher.needsReencrypt(account.sealedKey)) {
        await updateRecord(backend, Account, keys.account(id), (current) =>
          current.keyFingerprint === account.keyFingerprint ? { ...current, sealedKey: cipher.encrypt(apiKey, id) } : current,
        );
      }
      return apiKey;
    },
    async findByFingerprint(apiKey) {
      const ids = await backend.smembers(keys.fingerprint(keyFingerprint(apiKey)));
      const accounts = await readRecords(backend, Account, ids.map(keys.account));
      return accounts.sort((a, b) => a.createdAt - b.createdAt)[0] ?? null;
    },
    setStatus: (id, status) => update(id, { status }),
    rename: (id, name) => update(id, { name }),
    async replaceKey(id, apiKey) {
      const fingerprint = keyFingerprint(checkedApiKey(apiKey));
      const updated = await updateRecord(backend, Account, keys.account(id), (current): Account => ({
        ...current,
        status: 'active',
        sealedKey: cipher.encrypt(apiKey, id),
        keyFingerprint: fingerprint,
      }));
      if (!updated) return null;
      if (updated.before.keyFingerprint !== fingerprint) {
        await backend.write([
          { op: 'srem', key: keys.fingerprint(updated.before.keyFingerprint), member: id },
          { op: 'sadd', key: keys.fingerprint(fingerprint), member: id },
        ]);
      }
      return updated.after;
    },
    async delete(id) {
      const text = await backend.get(keys.account(id));
      if (text === null) return false;
      // A damaged record must still be deletable; only the fingerprint index entry needs its content.
      const fingerprint = tryDecode(Account.pick({ keyFingerprint: true }), text)?.keyFingerprint;
      const userIds = Object.keys(await backend.hgetall(keys.members(id))).map(Number);
      const related = await Promise.all([
        invitePurgeOps(ctx, id),
        groupPurgeOps(ctx, id),
        notifierPurgeOps(ctx, id),
        activeAccountPurgeOps(ctx, id, userIds),
      ]);
      await backend.write([
        { op: 'del', key: keys.account(id) },
        { op: 'zrem', key: keys.accountIndex, member: id },
        ...(fingerprint === undefined ? [] : [{ op: 'srem' as const, key: keys.fingerprint(fingerprint), member: id }]),
        ...memberPurgeOps(ctx, id, userIds),
        ...auditRetireOps(ctx, id, fingerprint),
        ...related.flat(),
      ]);
      return true;
    },
    async *ids() {
      for await (const page of idPages()) yield* page;
    },
    async *list() {
      for await (const page of idPages()) yield* await readRecords(backend, Account, page.map(keys.account));
    },
  };
}
