/** The public surface of a running sandbox (see `startSandbox`). */
import type { FaultSpec } from './http/faults.js';
import type { AccountOptions } from './state/account-options.js';

export interface SandboxClock {
  /** Simulated now. */
  now(): Date;
  /** Moves simulated time forward and runs every account's life up to the new time. */
  advance(ms: number): void;
}

export interface SandboxFaults {
  /** Installs a fault rule (replacing an earlier one of the same kind, path and method). */
  set(fault: FaultSpec): void;
  clear(): void;
}

export interface Sandbox {
  /** `http://host:port`. */
  url: string;
  /** `${url}/api/v1`. */
  apiUrl: string;
  /** `${url}/api/public`. */
  publicApiUrl: string;
  /** Creates an account for `key`; throws if the key already has one (check with `hasAccount`). */
  createAccount(key: string, options?: AccountOptions): void;
  hasAccount(key: string): boolean;
  clock: SandboxClock;
  faults: SandboxFaults;
  /** Adds a notification of the contract's `type` to the account; returns its id. */
  emitNotification(key: string, type: string, data: Record<string, unknown>): string;
  /** From now on the key answers 401. */
  revokeKey(key: string): void;
  /** One account as stored (what `GET /_sandbox/state?key=` returns); null for an unknown key. */
  state(key: string): Record<string, unknown> | null;
  close(): Promise<void>;
}
