/**
 * The AutoCall SDK for the account a wizard acts on, for use inside `conversation.external`. The account is read
 * fresh each time: it may have been unlinked (or its key replaced) while the wizard waited.
 */
import type { AutocallApi } from '../../api/index.js';
import type { BotContext } from '../../bot/context.js';

export async function wizardApi(outside: BotContext, accountId: string): Promise<AutocallApi> {
  const account = await outside.deps.store.accounts.get(accountId);
  if (!account) throw new Error(`account ${accountId} vanished while a wizard was using it`);
  return outside.deps.apis.forAccount(account);
}
