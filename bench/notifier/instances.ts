/** Notifier instances as child processes, and what they report (see `notifier-process.ts`). */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const Report = z.object({ at: z.number(), polls: z.number(), delivered: z.number(), cpuMs: z.number(), peakRss: z.number() });
export type Report = z.infer<typeof Report>;

export interface Instance {
  /** Every report so far, oldest first. */
  reports: Report[];
  stop(): Promise<void>;
}

export async function startInstance(env: Record<string, string>): Promise<Instance> {
  const entry = fileURLToPath(new URL('./notifier-process.ts', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', entry], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const reports: Report[] = [];
  const lines = createInterface({ input: child.stdout ?? process.stdin });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`a notifier instance exited with ${String(code)}`)));
    lines.on('line', (line) => {
      if (line === 'ready') resolve();
      else if (line.startsWith('{')) reports.push(Report.parse(JSON.parse(line)));
    });
  });
  return {
    reports,
    async stop() {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The latest report of each instance, summed; CPU and peak memory per instance. */
export function latest(instances: readonly Instance[]): { polls: number; delivered: number; cpuMs: number[]; peakRss: number[] } {
  const last = instances.map((instance) => instance.reports.at(-1) ?? { at: 0, polls: 0, delivered: 0, cpuMs: 0, peakRss: 0 });
  return {
    polls: last.reduce((sum, report) => sum + report.polls, 0),
    delivered: last.reduce((sum, report) => sum + report.delivered, 0),
    cpuMs: last.map((report) => report.cpuMs),
    peakRss: last.map((report) => report.peakRss),
  };
}
