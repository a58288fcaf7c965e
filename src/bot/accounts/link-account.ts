/**
 * Linking a key to a person: AutoCall is asked who the key belongs to (`GET /settings`), the key is stored
 * encrypted, the person becomes its owner and the account becomes their active one. The same key linked again
 * (by the same person or by a colleague holding it) joins the existing account instead of making a twin.
 */
import type { AutocallApi } from '../../api/index.js';
import { baselineNewAccount } from '../../notifier/baseline.js';
import type { Account } from '../../store/index.js';
import type { BotDeps } from '../context.js';

export interface LinkRequest {
  userId: number;
  userName: string;
  apiKey: string;
  demo: boolean;
}

export interface LinkResult {
  account: Account;
  /** false when the key was linked before and the person joined (or re-activated) that account. */
  created: boolean;
}

/** Checks the key with AutoCall first; throws the SDK's error (401 for a wrong key) before anything is stored. */
export async function linkAccount(deps: BotDeps, request: LinkRequest, api: AutocallApi = deps.apis.forKey(request.apiKey, request.demo)): Promise<LinkResult> {
  const settings = await api.settings.get();
  const name = settings.name?.trim() || (request.demo ? 'Demo' : 'AutoCall');
  const { store } = deps;
  const existing = await store.accounts.findByFingerprint(request.apiKey);
  let account: Account;
  let created = false;
  if (existing) {
    // The key works again: whoever relinks it clears the "needs a new key" state for the whole team.
    if (existing.status === 'needs_relink') await store.accounts.replaceKey(existing.id, request.apiKey);
    await store.accounts.update(existing.id, { name, status: 'active' });
    account = { ...existing, name, status: 'active' };
  } else {
    account = await store.accounts.create({ name, demo: request.demo, apiKey: request.apiKey, ownerId: request.userId });
    created = true;
    // What the account already has is history for the notifier; without this its first poll would decide that.
    await baselineNewAccount(store, account.id, api).catch((error: unknown) => deps.logger.warn({ err: error, account_id: account.id }, 'notification baseline not taken at link'));
  }
  await store.members.set(account.id, request.userId, 'owner', { name: request.userName });
  await store.users.update(request.userId, { activeAccountId: account.id });
  await store.audit.append(account.id, {
    at: deps.now(),
    actorId: request.userId,
    actorName: request.userName,
    action: 'key.link',
    target: account.name,
    result: 'ok',
  });
  return { account, created };
}

/** A new key for an account whose old one AutoCall refused (or that the owner rotated in the portal). */
export async function relinkAccount(deps: BotDeps, accountId: string, request: LinkRequest, api: AutocallApi = deps.apis.forKey(request.apiKey, request.demo)): Promise<Account> {
  const settings = await api.settings.get();
  const { store } = deps;
  await store.accounts.replaceKey(accountId, request.apiKey);
  const name = settings.name?.trim();
  await store.accounts.update(accountId, { status: 'active', ...(name ? { name } : {}) });
  await store.audit.append(accountId, { at: deps.now(), actorId: request.userId, actorName: request.userName, action: 'key.relink', result: 'ok' });
  const account = await store.accounts.get(accountId);
  if (!account) throw new Error(`account ${accountId} vanished while relinking`);
  return account;
}
