/**
 * Demo accounts: each person who taps "Try the demo" gets a sandbox account of their own (a fresh random key),
 * seeded with realistic data, where everything works and no money is spent.
 */
import { randomBytes } from 'node:crypto';
import { request } from 'undici';

export interface DemoProvisioner {
  /** Creates a seeded sandbox account and returns its API key. */
  create(): Promise<string>;
}

const newDemoKey = () => `demo_${randomBytes(18).toString('base64url')}`;

/** The sandbox runs in this process: accounts are created by a direct call. */
export function inProcessDemo(sandbox: { createAccount(key: string, options?: { seeded?: boolean }): void }): DemoProvisioner {
  return {
    async create() {
      const key = newDemoKey();
      sandbox.createAccount(key, { seeded: true });
      return key;
    },
  };
}

/** A shared standalone sandbox (`npm run sandbox`), reached through its control surface, for several bot processes. */
export function remoteDemo(sandboxUrl: string): DemoProvisioner {
  const endpoint = new URL('/_sandbox/accounts', sandboxUrl);
  return {
    async create() {
      const key = newDemoKey();
      const response = await request(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key, seeded: true }),
      });
      await response.body.dump();
      if (response.statusCode >= 300) throw new Error(`sandbox refused a demo account (HTTP ${response.statusCode})`);
      return key;
    },
  };
}
