/** The store contract: every behaviour both implementations must share, run once per implementation. */
import { accountsContract } from './accounts.js';
import type { MakeHarness } from './harness.js';

export function storeContract(make: MakeHarness): void {
  accountsContract(make);
}
