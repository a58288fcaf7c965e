/**
 * The notifier over Redis with BullMQ, shared by any number of processes:
 * - one job scheduler starts a round every interval; the round's job (taken by one process) puts one poll job per
 *   account in the poll queue, its id naming the account, so each account is polled by exactly one process per
 *   interval however many run — and an account whose poll from an earlier round still waits (AutoCall slow, the
 *   fleet outgrowing the interval) is not queued twice, so a backlog never snowballs;
 * - poll workers (`NOTIFIER_CONCURRENCY` per process) fan new notifications out into the send queue — the outbox —
 *   one job per delivery, its id naming notification and chat, so finding the same news twice queues it once;
 * - send workers keep Telegram's overall limit by the shared send schedule (`send-pacer.ts`,
 *   `NOTIFIER_SENDS_PER_SECOND` across all processes). A Telegram 429 holds that schedule and rate-limits the whole
 *   queue for `retry_after`; a chat sent to a moment ago delays just that job; other failures retry with
 *   exponential backoff.
 * A job whose process died (killed, or frozen past its lock) is stalled: BullMQ's stalled check, run by every
 * worker each `NOTIFIER_LOCK_MS`, puts it back in the queue once its lock (`NOTIFIER_LOCK_MS`) has lapsed, and
 * another process sends it — skipping it when it is recorded delivered (see `deliver.ts`). A send is never failed
 * for stalling however often that happens, since failing it would lose the notification.
 */
import { DelayedError, type Job, Queue, Worker } from 'bullmq';
import type { Logger } from '../../logger.js';
import { Delivery, deliveryKey } from '../delivery.js';
import { SEND_ATTEMPTS, SEND_BACKOFF_MS, type NotifierSteps, type Runner } from './runner.js';

export interface QueueRunnerOptions {
  redisUrl: string;
  /** Key prefix of the queues in Redis. */
  prefix: string;
  intervalMs: number;
  concurrency: number;
  lockMs: number;
  logger: Logger;
}

const POLL_QUEUE = 'notifier-poll';
const SEND_QUEUE = 'notifier-send';
const ROUND = 'round';
const POLL = 'poll';
const SEND = 'send';
/** Poll jobs added per Redis round trip when a round fans out over the accounts. */
const ROUND_BATCH = 500;
/**
 * Sends in flight per process; the send schedule, not this, bounds the throughput. It also bounds the duplicates a
 * crash can cause: only a send in flight when its process dies may reach a chat twice (in practice the few whose
 * request was out: the rest still wait for their slot or their claim).
 */
export const SEND_CONCURRENCY = 32;
const KEEP_SENT_S = 24 * 3600;
/**
 * How often a poll may be taken over from a process that stopped renewing its lock before BullMQ fails it: the
 * next round polls the account again anyway.
 */
const MAX_POLL_TAKEOVERS = 20;
/** Sends are taken over however often their processes die: a failed send would be a lost notification. */
const UNLIMITED_TAKEOVERS = Number.MAX_SAFE_INTEGER;
const KEEP_FAILED_S = 7 * 24 * 3600;

interface PollJob {
  accountId: string;
}

export function createQueueRunner(steps: NotifierSteps, options: QueueRunnerOptions): Runner {
  // Workers block on Redis: BullMQ needs commands that wait for a reconnect instead of failing after a few tries.
  const connection = { url: options.redisUrl, maxRetriesPerRequest: null };
  const common = { connection, prefix: options.prefix };
  const pollQueue = new Queue<PollJob>(POLL_QUEUE, common);
  const sendQueue = new Queue<Delivery>(SEND_QUEUE, {
    ...common,
    defaultJobOptions: {
      attempts: SEND_ATTEMPTS,
      backoff: { type: 'exponential', delay: SEND_BACKOFF_MS },
      removeOnComplete: { age: KEEP_SENT_S },
      removeOnFail: { age: KEEP_FAILED_S },
    },
  });
  const workers: Worker[] = [];

  const enqueue = async (deliveries: Delivery[]): Promise<void> => {
    if (deliveries.length === 0) return;
    await sendQueue.addBulk(deliveries.map((data) => ({ name: SEND, data, opts: { jobId: deliveryKey(data) } })));
  };

  async function startRound(): Promise<void> {
    let batch: string[] = [];
    const flush = async () => {
      await pollQueue.addBulk(
        batch.map((accountId) => ({ name: POLL, data: { accountId }, opts: { jobId: `p.${accountId}`, removeOnComplete: true, removeOnFail: true } })),
      );
      batch = [];
    };
    for await (const accountId of steps.accountIds()) {
      batch.push(accountId);
      if (batch.length >= ROUND_BATCH) await flush();
    }
    if (batch.length > 0) await flush();
  }

  async function processPoll(job: Job<PollJob>): Promise<string> {
    if (job.name === ROUND) {
      await startRound();
      return 'round';
    }
    return steps.poll(job.data.accountId, enqueue);
  }

  async function processSend(job: Job<Delivery>, token?: string): Promise<string> {
    const delivery = Delivery.parse(job.data);
    const outcome = await steps.deliver(delivery);
    switch (outcome.kind) {
      case 'paced':
        await job.moveToDelayed(Date.now() + outcome.delayMs, token);
        throw new DelayedError();
      case 'flood':
        await sendQueue.rateLimit(outcome.retryAfterMs);
        throw Worker.RateLimitError();
      case 'retry':
        throw new Error(outcome.reason);
      default:
        return outcome.kind;
    }
  }

  return {
    async start() {
      await pollQueue.upsertJobScheduler(ROUND, { every: options.intervalMs }, { name: ROUND, opts: { removeOnComplete: true, removeOnFail: true } });
      const timing = { lockDuration: options.lockMs, stalledInterval: options.lockMs };
      const poller = new Worker<PollJob, string>(POLL_QUEUE, processPoll, { ...common, ...timing, maxStalledCount: MAX_POLL_TAKEOVERS, concurrency: options.concurrency });
      const sender = new Worker<Delivery, string>(SEND_QUEUE, processSend, {
        ...common,
        ...timing,
        maxStalledCount: UNLIMITED_TAKEOVERS,
        concurrency: SEND_CONCURRENCY,
      });
      sender.on('failed', (job, error) => {
        // A job that failed for good: out of retries.
        if (job && (job.attemptsMade >= (job.opts.attempts ?? 1) || job.finishedOn !== undefined)) steps.gaveUp(Delivery.parse(job.data), error.message);
      });
      for (const worker of [poller, sender]) {
        worker.on('error', (error) => options.logger.error({ err: error, queue: worker.name }, 'notifier: queue worker error'));
        workers.push(worker);
      }
    },
    async stop() {
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all([pollQueue.close(), sendQueue.close()]);
    },
    async outboxDepth() {
      const counts = await sendQueue.getJobCounts('waiting', 'delayed', 'active', 'prioritized');
      return Object.values(counts).reduce((sum, count) => sum + count, 0);
    },
  };
}
