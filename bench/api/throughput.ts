import { request } from 'undici';
import { createAutocallClient } from '../../src/api/index.js';
import type { RemoteSandbox } from './spawn-sandbox.js';

export interface Throughput {
  /** Median requests per second over the rounds. */
  perSecond: number;
  /** Median CPU time of this process per request, in microseconds. */
  cpuMicros: number;
  /** Requests in all rounds. */
  requests: number;
}

interface Round {
  perSecond: number;
  cpuMicros: number;
  requests: number;
}

/** `once` run from `concurrency` loops for `durationMs`: rate and this process's CPU per request. */
async function round(once: () => Promise<unknown>, concurrency: number, durationMs: number): Promise<Round> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let requests = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() - started < durationMs) {
        await once();
        requests++;
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  return {
    perSecond: requests / ((performance.now() - started) / 1000),
    cpuMicros: (cpu.user + cpu.system) / requests,
    requests,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function summary(rounds: Round[]): Throughput {
  return {
    perSecond: median(rounds.map((r) => r.perSecond)),
    cpuMicros: median(rounds.map((r) => r.cpuMicros)),
    requests: rounds.reduce((sum, r) => sum + r.requests, 0),
  };
}

/**
 * `GET /balance` through the SDK (validation, limiter, zod parsing, keep-alive pool) and through
 * a bare `undici.request` loop (the global keep-alive agent, JSON read, nothing else), at the
 * same concurrency, in short rounds of alternating order, so that the server's drift (it keeps
 * getting faster for a while) favours neither.
 */
export async function compareThroughput(
  sandbox: RemoteSandbox,
  key: string,
  options: { concurrency: number; warmUpRounds: number; rounds: number; roundMs: number },
): Promise<{ sdk: Throughput; bare: Throughput }> {
  const client = createAutocallClient({
    apiUrl: sandbox.apiUrl,
    publicApiUrl: sandbox.publicApiUrl,
    // The limiter stays on the path but never binds: this measures the client, not the limit.
    rateLimit: { limit: 100_000_000, windowMs: 60_000 },
    queueLimit: 100_000,
  });
  const api = client.forKey(key);
  const sdkOnce = () => api.payments.balance();
  const bareOnce = async () => {
    const response = await request(`${sandbox.apiUrl}/balance`, {
      headers: { authorization: `Bearer ${key}`, accept: 'application/json', 'content-type': 'application/json' },
    });
    if (response.statusCode !== 200) throw new Error(`bare request: HTTP ${response.statusCode}`);
    return response.body.json();
  };

  // V8 needs thousands of calls before a path is fast: both clients warm up first.
  for (let i = 0; i < options.warmUpRounds; i++) {
    await round(i % 2 === 0 ? sdkOnce : bareOnce, options.concurrency, options.roundMs);
  }
  const sdk: Round[] = [];
  const bare: Round[] = [];
  for (let i = 0; i < options.rounds; i++) {
    if (i % 2 === 0) {
      sdk.push(await round(sdkOnce, options.concurrency, options.roundMs));
      bare.push(await round(bareOnce, options.concurrency, options.roundMs));
    } else {
      bare.push(await round(bareOnce, options.concurrency, options.roundMs));
      sdk.push(await round(sdkOnce, options.concurrency, options.roundMs));
    }
  }
  await client.close();
  return { sdk: summary(sdk), bare: summary(bare) };
}
