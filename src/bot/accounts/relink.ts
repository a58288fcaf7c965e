/**
 * A key AutoCall answers 401 to is marked "needs a new key" once; its owner is told how to relink. Other members
 * see the state when they next use the account.
 */
import type { Account } from '../../store/index.js';
import type { BotDeps } from '../context.js';

/**
 * The mark that the owner was told their key was refused: shared by every path that tells them (a flash call, the
 * notifier), so the owner hears it once per key whichever runs into the 401 first.
 */
export const OWNER_TOLD_OF_REFUSED_KEY = {
  key: (account: Pick<Account, 'id' | 'keyFingerprint'>) => `relink-told:${account.id}:${account.keyFingerprint}`,
  ttlMs: 30 * 86_400_000,
} as const;

export async function markNeedsRelink(deps: Pick<BotDeps, 'store' | 'logger'>, account: Account): Promise<boolean> {
  if (account.status === 'needs_relink') return false;
  await deps.store.accounts.setStatus(account.id, 'needs_relink');
  deps.logger.warn({ account_id: account.id }, 'AutoCall refused the stored key; account marked for relinking');
  return true;
}
