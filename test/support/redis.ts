/**
 * A real Redis for tests: `REDIS_URL` when set, otherwise a private `redis-server` on a free loopback port with its
 * data in a temp dir. Persistence is off by default (fast); `aof: true` turns on an fsync-always append-only file so
 * a test can `restart()` the server and see what survived.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REDIS_MISSING = 'redis-server not found: apt-get install -y redis-server';

export interface RedisServerOptions {
  /** Append-only file with fsync on every write, so data survives `restart()`. */
  aof?: boolean;
  /** The executable; tests of this helper point it at a missing one. */
  command?: string;
}

export interface RedisServer {
  url: string;
  /** Stops the server and restarts it on the same port and data dir. */
  restart(): Promise<void>;
  /** Stops the server and removes its data dir (a no-op for `REDIS_URL`). */
  stop(): Promise<void>;
}

const READY = /Ready to accept connections/;
const START_TIMEOUT_MS = 10_000;

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no TCP address for a free port');
  return address.port;
}

/** Starts the process and resolves once it accepts connections; rejects with its output if it exits first. */
function launch(command: string, args: string[]): Promise<ChildProcess> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`redis-server did not start within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const settle = (error?: Error) => {
      clearTimeout(timer);
      child.stdout?.removeAllListeners('data');
      child.removeAllListeners('exit');
      if (error) reject(error);
      else {
        orphans.add(child);
        resolve(child);
      }
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      settle(error.code === 'ENOENT' ? new Error(REDIS_MISSING) : error);
    });
    child.on('exit', (code) => settle(new Error(`redis-server exited with ${code ?? 'a signal'}:\n${output}`)));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (READY.test(output)) settle();
    });
  });
}

/** Kills servers still running when the test process exits without stopping them (a crash, a timeout). */
const orphans = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of orphans) child.kill('SIGKILL');
});

async function terminate(child: ChildProcess): Promise<void> {
  orphans.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const command = options.command ?? 'redis-server';
  const dir = await mkdtemp(join(tmpdir(), 'acb-redis-'));
  const persistence = options.aof
    ? ['--appendonly', 'yes', '--appendfsync', 'always']
    : ['--appendonly', 'no'];
  const argsFor = (port: number) => [
    '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', ...persistence,
  ];

  let port = 0;
  let child: ChildProcess | undefined;
  try {
    // Another process may grab the free port before redis binds it; a fresh port usually fixes that.
    for (let attempt = 0; child === undefined; attempt++) {
      port = await freePort();
      try {
        child = await launch(command, argsFor(port));
      } catch (error) {
        if (attempt >= 2 || (error instanceof Error && error.message === REDIS_MISSING)) throw error;
      }
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  let running: ChildProcess = child;
  return {
    url: `redis://127.0.0.1:${port}`,
    async restart() {
      await terminate(running);
      running = await launch(command, argsFor(port));
    },
    async stop() {
      await terminate(running);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The Redis of a test run: the one at `REDIS_URL`, or a private server. */
export async function redisForTests(env: NodeJS.ProcessEnv = process.env): Promise<RedisServer> {
  const url = env['REDIS_URL'];
  if (url) return { url, restart: () => Promise.reject(new Error('cannot restart the Redis at REDIS_URL')), stop: async () => {} };
  return startRedisServer();
}
