/**
 * One benchmarked notifier instance: the notifier alone (see `test/support/standalone-notifier.ts`) on the
 * environment it is given, printing `ready` and then, every 100 ms, a JSON line of its counters, CPU time and
 * resident memory for the benchmark to read. SIGTERM stops it gracefully.
 */
import { startStandaloneNotifier } from '../../test/support/standalone-notifier.js';

const REPORT_MS = 100;

const notifier = await startStandaloneNotifier(process.env, process.env['BENCH_REDIS_PREFIX'] ?? '');

// Stopped the way a deployment stops it: sends in flight finish and are recorded, so the next phase repeats none.
process.once('SIGTERM', () => {
  void notifier.stop().finally(() => process.exit(0));
});

async function total(name: string): Promise<number> {
  const metric = await notifier.registry.getSingleMetric(name)?.get();
  return (metric?.values ?? []).reduce((sum, value) => sum + value.value, 0);
}

// The benchmark going away closes the pipe; that ends this instance too.
process.stdout.on('error', () => process.exit(0));
let peakRss = 0;
process.stdout.write('ready\n');
setInterval(() => {
  void (async () => {
    const { rss } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    const cpu = process.cpuUsage();
    const line = {
      at: Date.now(),
      polls: await total('notifier_polls_total'),
      delivered: await total('notifier_notifications_delivered_total'),
      cpuMs: (cpu.user + cpu.system) / 1000,
      peakRss,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  })();
}, REPORT_MS);
