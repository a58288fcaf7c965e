import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { SandboxOptions } from '../../src/sandbox/index.js';

export interface RemoteSandbox {
  apiUrl: string;
  publicApiUrl: string;
  close(): Promise<void>;
}

const ready = z.object({ apiUrl: z.string(), publicApiUrl: z.string() });

/** Starts `sandbox-process.ts` with `options` and waits until it listens. */
export async function spawnSandbox(options: Omit<SandboxOptions, 'startAt' | 'onError'>): Promise<RemoteSandbox> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./sandbox-process.ts', import.meta.url).pathname, JSON.stringify(options)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout });
  const [line] = (await once(lines, 'line')) as [string];
  lines.close();
  const urls = ready.parse(JSON.parse(line));
  return {
    ...urls,
    close: async () => {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
