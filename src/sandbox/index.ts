/**
 * The embedded AutoCall simulator: a stateful HTTP server implementing every operation of the contract, so the
 * bot, its tests, the demo account and the benchmarks run with no internet and no money. Life (moderation,
 * campaigns, deliveries, rentals) runs on a simulated clock, lazily: an idle sandbox costs nothing.
 *
 * ```ts
 * const sandbox = await startSandbox({ keys: ['demo'], startAt: new Date('2025-03-03T05:00:00Z'), seed: 1 });
 * await fetch(`${sandbox.apiUrl}/balance`, { headers: { Authorization: 'Bearer demo' } });
 * sandbox.clock.advance(3_600_000); // an hour of campaigns, moderation and deliveries
 * await sandbox.close();
 * ```
 */
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { SimClock } from './core/clock.js';
import { unservedOperations } from './handlers/index.js';
import { FaultBoard } from './http/faults.js';
import { RateLimiter } from './http/rate-limit.js';
import { createSandboxServer } from './http/server.js';
import { advanceAccount, advanceWorld } from './life/index.js';
import type { Sandbox } from './sandbox-types.js';
import { materializeAccount } from './seed/materialize.js';
import { accountOptionsSchema, type AccountOptions } from './state/account-options.js';
import { dumpAccount } from './state/dump.js';
import { notify } from './state/notify.js';
import { NOTIFICATION_TYPES } from './state/records.js';
import { World } from './state/world.js';

export type { Sandbox, SandboxClock, SandboxFaults } from './sandbox-types.js';
export type { FaultSpec } from './http/faults.js';
export type { AccountOptions } from './state/account-options.js';
export { NOTIFICATION_TYPES, type NotificationType } from './state/records.js';

export const sandboxOptionsSchema = z.object({
  /** Default 0: any free port. */
  port: z.number().int().min(0).max(65535).default(0),
  host: z.string().default('127.0.0.1'),
  /** Accounts (seeded) created at start. */
  keys: z.array(z.string().min(1)).default(['demo']),
  /** Clock multiplier: 60 makes a simulated minute pass each second. */
  speed: z.number().positive().default(1),
  /** Simulated start time (default: now). */
  startAt: z.date().optional(),
  /** Seed of every random outcome. */
  seed: z.number().int().default(20240301),
  /** Requests per key per minute before 429. */
  rateLimitPerMin: z.number().int().positive().default(300),
  /** Where unexpected errors go (default: stderr). */
  onError: z.custom<(error: unknown) => void>((v) => typeof v === 'function').optional(),
});
export type SandboxOptions = z.input<typeof sandboxOptionsSchema>;

/** The contract's types and any other in their shape: AutoCall may add types before its contract says so. */
const notificationType = z.union([z.enum(NOTIFICATION_TYPES), z.string().regex(/^[A-Z][A-Za-z]{2,63}$/)]);

function reportToStderr(error: unknown): void {
  process.stderr.write(`sandbox: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
}

/** Starts a sandbox on `host:port` with a seeded account for each of `keys`. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const unserved = unservedOperations();
  if (unserved.length > 0) throw new Error(`sandbox: operations without a handler: ${unserved.join(', ')}`);
  const opts = sandboxOptionsSchema.parse(options);
  const clock = new SimClock(opts.startAt?.getTime() ?? Date.now(), opts.speed);
  const world = new World(clock, opts.seed, materializeAccount);
  const faults = new FaultBoard(opts.seed);
  const deps = { world, faults, limiter: new RateLimiter(opts.rateLimitPerMin), onError: opts.onError ?? reportToStderr };

  const liveAccount = (key: string) => {
    const account = world.anyAccount(key);
    if (!account) throw new Error(`sandbox: no account for key "${key}"`);
    advanceAccount(world, account, clock.now());
    return account;
  };

  let sandbox: Sandbox | null = null;
  const server = createSandboxServer(deps, () => {
    if (!sandbox) throw new Error('sandbox: not started');
    return sandbox;
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`;

  const created: Sandbox = {
    url,
    apiUrl: `${url}/api/v1`,
    publicApiUrl: `${url}/api/public`,
    createAccount(key: string, accountOptions: AccountOptions = {}) {
      if (!world.addAccount(key, accountOptionsSchema.parse(accountOptions))) {
        throw new Error(`sandbox: key "${key}" already has an account`);
      }
    },
    hasAccount: (key) => world.hasAccount(key),
    clock: {
      now: () => new Date(clock.now()),
      advance(ms: number) {
        clock.advance(ms);
        advanceWorld(world, clock.now());
      },
    },
    faults: { set: (fault) => faults.set(fault), clear: () => faults.clear() },
    emitNotification(key, type, data) {
      const account = liveAccount(key);
      return notify({ world, account, now: clock.now() }, notificationType.parse(type), data);
    },
    revokeKey: (key) => world.revoke(key),
    state(key) {
      return world.hasAccount(key) ? dumpAccount(liveAccount(key), clock.now()) : null;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
  for (const key of opts.keys) created.createAccount(key);
  sandbox = created;
  return created;
}
