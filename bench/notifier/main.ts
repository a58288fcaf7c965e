/**
 * The notifier at scale, on loopback: 10,000 linked accounts in the sandbox (each its own key), one notifier
 * instance and then two, against the fake Telegram with its real limits (30 messages a second overall). Measures
 * one full poll round, notification-to-chat latency, the delivery rate against Telegram's cap (and its 429s), the
 * instances' CPU and peak memory. Prints a markdown table.
 *
 * Run: `npm run bench notifier` (or `npx tsx bench/notifier/main.ts`); BENCH_ACCOUNTS changes the fleet size.
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { startSandbox } from '../../src/sandbox/index.js';
import { createKeyCipher, createRedisStore } from '../../src/store/index.js';
import { startRedisServer } from '../../test/support/redis.js';
import { startFakeTelegram } from '../../test/support/telegram/index.js';
import { type DeliveryWatch, percentile, sustainedRate, watchDeliveries } from './deliveries.js';
import { buildFleet, type Fleet } from './fleet.js';
import { type Instance, latest, startInstance } from './instances.js';

const ACCOUNTS = Number(process.env['BENCH_ACCOUNTS'] ?? 10_000);
const INTERVAL_MS = 15_000;
const LATENCY_NOTIFICATIONS = 150;
const LATENCY_PER_SECOND = 5;
const BURST = 900;
const TELEGRAM_CAP = 30;
/** A pause this long between two sends means the outbox was empty, waiting for the polls. */
const SUSTAINED_GAP_MS = 1000;
const PREFIX = 'bench';

interface PhaseResult {
  roundMs: number;
  latencyP50: number;
  latencyP99: number;
  rate: number;
  /** While alerts waited in the outbox: see `sustainedRate`. */
  sustained: { count: number; rate: number };
  floods: number;
  duplicates: number;
  lost: number;
  cpuPercent: number[];
  peakRssMb: number[];
}

const format = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Waits for `condition`, telling stderr every few seconds what it waits for and how far it got. */
async function until(condition: () => boolean, timeoutMs: number, what: string, progress: () => string = () => ''): Promise<void> {
  const started = Date.now();
  let told = started;
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`bench: timed out waiting for ${what} (${progress()})`);
    if (Date.now() - told > 5000) {
      process.stderr.write(`bench: waiting for ${what}… ${progress()}\n`);
      told = Date.now();
    }
    await sleep(20);
  }
}

/** The polls of all instances so far, once they have not moved for `quietMs` (between two rounds). */
async function settledPolls(instances: Instance[], quietMs: number): Promise<{ polls: number; at: number }> {
  let last = latest(instances).polls;
  let since = Date.now();
  for (;;) {
    await sleep(50);
    const now = latest(instances).polls;
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return { polls: now, at: since };
  }
}

/** The next poll round: from its first poll to its last (the polls of a round come together, rounds apart). */
async function measureRound(instances: Instance[]): Promise<{ ms: number; polls: number }> {
  const before = await settledPolls(instances, 1000);
  const polled = () => `${format(latest(instances).polls - before.polls)} polled, CPU ${latest(instances).cpuMs.map((ms) => format(ms)).join('/')} ms`;
  await until(() => latest(instances).polls > before.polls, INTERVAL_MS * 2, 'a round to start', polled);
  const started = Date.now();
  const after = await settledPolls(instances, 1000);
  return { ms: after.at - started, polls: after.polls - before.polls };
}

async function runPhase(count: number, fleet: Fleet, world: { sandbox: Awaited<ReturnType<typeof startSandbox>>; watch: DeliveryWatch }, env: Record<string, string>, firstSequence: number): Promise<PhaseResult> {
  const instances = await Promise.all(Array.from({ length: count }, () => startInstance(env)));
  const cpuAtStart = latest(instances).cpuMs;
  const started = Date.now();
  // Round one after a start may be taking baselines; the second is the steady state.
  await measureRound(instances);
  const round = await measureRound(instances);
  if (round.polls < ACCOUNTS) process.stderr.write(`bench: a round polled ${String(round.polls)} of ${String(ACCOUNTS)} accounts\n`);

  // Latency: a few notifications a second on distinct accounts, well under the send cap.
  let sequence = firstSequence;
  const emittedAt = new Map<number, number>();
  const emit = (accountIndex: number) => {
    const key = fleet.keys[accountIndex % fleet.keys.length] ?? '';
    world.sandbox.emitNotification(key, 'LowBalance', { balance: sequence, threshold: 10_000_000 });
    emittedAt.set(sequence++, Date.now());
  };
  for (let i = 0; i < LATENCY_NOTIFICATIONS; i++) {
    emit(i * 61);
    await sleep(1000 / LATENCY_PER_SECOND);
  }
  await until(() => [...emittedAt.keys()].every((s) => world.watch.received.has(s)), INTERVAL_MS * 4, 'latency notifications');
  const latencies = [...emittedAt].map(([s, at]) => (world.watch.received.get(s) ?? at) - at);

  // Rate: a burst on distinct accounts, far more than Telegram takes in a second.
  const floodsBefore = world.watch.floodRejections();
  const burstFrom = sequence;
  for (let i = 0; i < BURST; i++) emit(LATENCY_NOTIFICATIONS * 61 + i * 7);
  const burstTo = sequence;
  const burstSequences = Array.from({ length: burstTo - burstFrom }, (_, i) => burstFrom + i);
  await until(() => burstSequences.every((s) => world.watch.received.has(s)), 5 * 60_000, 'the burst');
  const times = burstSequences.map((s) => world.watch.received.get(s) ?? 0).sort((a, b) => a - b);
  const span = ((times.at(-1) ?? 0) - (times[0] ?? 0)) / 1000;
  const elapsed = Date.now() - started;
  const after = latest(instances);
  await Promise.all(instances.map((instance) => instance.stop()));
  return {
    roundMs: round.ms,
    latencyP50: percentile(latencies, 50),
    latencyP99: percentile(latencies, 99),
    rate: (times.length - 1) / span,
    sustained: sustainedRate(times, SUSTAINED_GAP_MS),
    floods: world.watch.floodRejections() - floodsBefore,
    duplicates: world.watch.duplicates(),
    lost: [...emittedAt.keys()].filter((s) => !world.watch.received.has(s)).length,
    cpuPercent: after.cpuMs.map((cpu, index) => ((cpu - (cpuAtStart[index] ?? 0)) / elapsed) * 100),
    peakRssMb: after.peakRss.map((rss) => rss / 1024 / 1024),
  };
}

async function main(): Promise<void> {
  const redis = await startRedisServer();
  const sandbox = await startSandbox({ port: 0, keys: [], seed: 1 });
  const tg = await startFakeTelegram({ waitTimeoutMs: 60_000 });
  const encryptionKey = randomBytes(32);
  const store = createRedisStore({ redis: redis.url, prefix: PREFIX, cipher: createKeyCipher([{ id: 'k1', key: encryptionKey }]) });
  const setupStarted = Date.now();
  const fleet = await buildFleet(ACCOUNTS, { sandbox, store, tg });
  const setupMs = Date.now() - setupStarted;
  const env = {
    BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    AUTOCALL_API_URL: sandbox.apiUrl,
    AUTOCALL_PUBLIC_API_URL: sandbox.publicApiUrl,
    REDIS_URL: redis.url,
    ENCRYPTION_KEY: encryptionKey.toString('hex'),
    BENCH_REDIS_PREFIX: PREFIX,
    NOTIFIER_INTERVAL_MS: String(INTERVAL_MS),
    DEMO_ACCOUNT: 'off',
    LOG_LEVEL: 'error',
    PORT: '0',
  };
  const watch = watchDeliveries(tg);
  const one = await runPhase(1, fleet, { sandbox, watch }, env, 0);
  const two = await runPhase(2, fleet, { sandbox, watch }, env, 1_000_000);
  watch.stop();

  const seconds = (ms: number) => `${format(ms / 1000, 1)} s`;
  const rows: [string, string, string, string][] = [
    ['full poll round (all accounts polled once)', seconds(one.roundMs), seconds(two.roundMs), format(one.roundMs / two.roundMs, 2)],
    ['notification → chat latency p50', seconds(one.latencyP50), seconds(two.latencyP50), format(one.latencyP50 / two.latencyP50, 2)],
    ['notification → chat latency p99', seconds(one.latencyP99), seconds(two.latencyP99), format(one.latencyP99 / two.latencyP99, 2)],
    [
      `delivery rate, burst of ${format(BURST)} (cap ${String(TELEGRAM_CAP)}/s)`,
      `${format(one.rate, 1)}/s = ${format((one.rate / TELEGRAM_CAP) * 100, 1)} %`,
      `${format(two.rate, 1)}/s = ${format((two.rate / TELEGRAM_CAP) * 100, 1)} %`,
      format(two.rate / one.rate, 2),
    ],
    [
      `sending rate while alerts wait (longest run without a ${format(SUSTAINED_GAP_MS)} ms pause)`,
      `${format(one.sustained.rate, 1)}/s = ${format((one.sustained.rate / TELEGRAM_CAP) * 100, 1)} % (${format(one.sustained.count)} sends)`,
      `${format(two.sustained.rate, 1)}/s = ${format((two.sustained.rate / TELEGRAM_CAP) * 100, 1)} % (${format(two.sustained.count)} sends)`,
      format(two.sustained.rate / one.sustained.rate, 2),
    ],
    ['Telegram 429s', String(one.floods), String(two.floods), '—'],
    ['lost / sent twice', `${String(one.lost)} / ${String(one.duplicates)}`, `${String(two.lost)} / ${String(two.duplicates)}`, '—'],
    ['CPU per instance (average over the phase)', one.cpuPercent.map((c) => `${format(c)} %`).join(', '), two.cpuPercent.map((c) => `${format(c)} %`).join(', '), '—'],
    ['peak memory (RSS) per instance', one.peakRssMb.map((m) => `${format(m)} MB`).join(', '), two.peakRssMb.map((m) => `${format(m)} MB`).join(', '), '—'],
  ];
  console.log(`${format(ACCOUNTS)} accounts linked in ${seconds(setupMs)}; poll interval ${seconds(INTERVAL_MS)}; default notifier settings.\n`);
  console.log('| measure | 1 instance | 2 instances | gain with 2 |\n|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  await store.close();
  await tg.close();
  await sandbox.close();
  await redis.stop();
  const ok = one.floods + two.floods === 0 && one.sustained.rate >= TELEGRAM_CAP * 0.95 && one.lost + two.lost + two.duplicates === 0;
  process.exitCode = ok ? 0 : 1;
}

await main();
