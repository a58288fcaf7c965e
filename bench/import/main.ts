/**
 * Import benchmark: a 100,000-row client export as Russian Excel saves it (CSV, Windows-1251, `;`)
 * and as XLSX, read by the bot's contact-file parser (parse, normalise, dedupe, chunk) beside the
 * bare readers it is built on. Each run is a fresh process so memory peaks do not mix.
 *
 *   npx tsx bench/import/main.ts [--rows 100000] [--runs 3]
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCsv, writeXlsx } from './generate.js';
import { withMemoryPeak, type MemoryPeak } from './memory-probe.js';
import { SCENARIOS, type Outcome, type ScenarioName } from './scenarios.js';

interface RunResult {
  readonly ms: number;
  readonly cpuMs: number;
  readonly peak: MemoryPeak;
  readonly outcome: Outcome;
}

function isScenario(name: string): name is ScenarioName {
  return Object.hasOwn(SCENARIOS, name);
}

/** Child mode: run one scenario once and report to the parent. */
async function child(name: string, path: string): Promise<void> {
  if (!isScenario(name)) throw new Error(`unknown scenario ${name}`);
  const { value, ms, cpuMs, peak } = await withMemoryPeak(() => SCENARIOS[name].run(path));
  const result: RunResult = { ms, cpuMs, peak, outcome: value };
  process.send?.(result);
}

async function runInChild(name: ScenarioName, path: string): Promise<RunResult> {
  const worker = fork(fileURLToPath(import.meta.url), ['--child', name, '--file', path], {
    execArgv: [...process.execArgv, '--expose-gc'],
  });
  const [message] = (await once(worker, 'message')) as [RunResult];
  await once(worker, 'exit');
  return message;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function parent(rows: number, runs: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'autocall-import-bench-'));
  try {
    const files = { csv: join(dir, 'clients.csv'), xlsx: join(dir, 'clients.xlsx') };
    await writeCsv(files.csv, rows);
    await writeXlsx(files.xlsx, rows);
    const sizes = { csv: (await stat(files.csv)).size, xlsx: (await stat(files.xlsx)).size };
    console.log(`${fmt(rows)} rows; CSV ${fmt(sizes.csv / 1024 / 1024, 1)} MB, XLSX ${fmt(sizes.xlsx / 1024 / 1024, 1)} MB; median of ${runs} runs, each in a fresh process\n`);
    const medians = new Map<ScenarioName, number>();
    console.log('| scenario | rows | valid / invalid / dup | chunks | wall ms | CPU ms | rows/s (wall) | peak RSS MB | peak heap Δ MB | CPU vs reader alone |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const name of Object.keys(SCENARIOS) as ScenarioName[]) {
      const results: RunResult[] = [];
      for (let i = 0; i < runs; i++) results.push(await runInChild(name, files[SCENARIOS[name].file]));
      const ms = median(results.map((r) => r.ms));
      const cpuMs = median(results.map((r) => r.cpuMs));
      medians.set(name, cpuMs);
      const { outcome } = results[0] ?? { outcome: { rows: 0, valid: 0, invalid: 0, duplicates: 0, chunks: 0 } };
      const baseline = name.startsWith('csv') ? medians.get('csv: csv-parse alone') : medians.get('xlsx: exceljs reader alone');
      const ratio = baseline === undefined || baseline === cpuMs ? '1.0×' : `${fmt(cpuMs / baseline, 1)}×`;
      const counts = outcome.valid + outcome.invalid + outcome.duplicates === 0 ? '—' : `${fmt(outcome.valid)} / ${fmt(outcome.invalid)} / ${fmt(outcome.duplicates)}`;
      console.log(
        `| ${name} | ${fmt(outcome.rows)} | ${counts} | ${outcome.chunks || '—'} | ${fmt(ms)} | ${fmt(cpuMs)} | ${fmt((outcome.rows / ms) * 1000)} | ` +
          `${fmt(Math.max(...results.map((r) => r.peak.rssMb)))} | ${fmt(Math.max(...results.map((r) => r.peak.heapMb)))} | ${ratio} |`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '3' },
    child: { type: 'string' },
    file: { type: 'string' },
  },
});

if (values.child !== undefined && values.file !== undefined) await child(values.child, values.file);
else await parent(Number(values.rows), Number(values.runs));
