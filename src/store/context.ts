/** What every repository is built from; one context per store instance. */
import type { Backend } from './backend/backend.js';
import type { KeyCipher } from './cipher.js';
import type { Keyspace } from './keys.js';

export interface RepoContext {
  backend: Backend;
  keys: Keyspace;
  cipher: KeyCipher;
  /** Milliseconds since the epoch; injected so tests control time. */
  clock: () => number;
  /** Audit entries kept per account. */
  auditCap: number;
  /** Delivered-notification marks kept per account. */
  deliveredCap: number;
}
