/**
 * Which AutoCall an account talks to: the live service for linked keys, the sandbox for demo accounts. Keys are
 * decrypted from the store for each use and never kept on the context, so a log of the context cannot leak them.
 */
import type { AutocallApi, AutocallClient, PublicApi } from '../../api/index.js';
import type { Account, Store } from '../../store/index.js';

export interface AccountApis {
  /** The SDK bound to an account's key (live or sandbox, by the account's kind). */
  forAccount(account: Account): Promise<AutocallApi>;
  /** The SDK bound to a key that is not stored yet (checking a key before linking it). */
  forKey(apiKey: string, demo: boolean): AutocallApi;
  /** Tariffs and test calls: no key needed. */
  readonly public: PublicApi;
}

export function createAccountApis(options: { store: Store; live: AutocallClient; sandbox: AutocallClient | null }): AccountApis {
  const { store, live, sandbox } = options;
  const clientFor = (demo: boolean): AutocallClient => {
    if (!demo) return live;
    if (!sandbox) throw new Error('demo accounts are switched off (DEMO_ACCOUNT=off)');
    return sandbox;
  };
  return {
    async forAccount(account) {
      const apiKey = await store.accounts.getApiKey(account.id);
      if (apiKey === null) throw new Error(`account ${account.id} has no stored key (unlinked meanwhile)`);
      return clientFor(account.demo).forKey(apiKey);
    },
    forKey: (apiKey, demo) => clientFor(demo).forKey(apiKey),
    public: live.public,
  };
}
