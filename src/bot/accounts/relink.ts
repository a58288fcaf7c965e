/**
 * A key AutoCall answers 401 to is marked "needs a new key" once; its owner is told how to relink. Other members
 * see the state when they next use the account.
 */
import type { Account } from '../../store/index.js';
import type { BotDeps } from '../context.js';

export async function markNeedsRelink(deps: Pick<BotDeps, 'store' | 'logger'>, account: Account): Promise<boolean> {
  if (account.status === 'needs_relink') return false;
  await deps.store.accounts.setStatus(account.id, 'needs_relink');
  deps.logger.warn({ account_id: account.id }, 'AutoCall refused the stored key; account marked for relinking');
  return true;
}
