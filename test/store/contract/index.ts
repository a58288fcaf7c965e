/** The store contract: every behaviour both implementations must share, run once per implementation. */
import { accountsContract } from './accounts.js';
import { adapterContract } from './adapter.js';
import { auditContract } from './audit.js';
import { draftsContract } from './drafts.js';
import type { MakeHarness } from './harness.js';
import { kvContract } from './kv.js';
import { notifierContract } from './notifier.js';
import { registryContract } from './registry.js';
import { teamContract } from './team.js';

export function storeContract(make: MakeHarness): void {
  accountsContract(make);
  teamContract(make);
  auditContract(make);
  draftsContract(make);
  kvContract(make);
  registryContract(make);
  notifierContract(make);
  adapterContract(make);
}
