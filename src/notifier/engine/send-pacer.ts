/**
 * Telegram's overall limit, kept by handing out send slots on one schedule: each send takes the next slot, one
 * `1 / sendsPerSecond` after the previous, and waits for it right before its request. The schedule advances by
 * exactly that spacing whatever the sends' own timing, so a backlog goes out at the configured rate itself — not
 * below it, as with a limiter counting job starts in windows that lose time at every window's edge — and never
 * faster, which Telegram's bucket (30 messages, refilled at 30 a second) absorbs with room for a late send. A 429
 * holds the schedule for `retry_after`. With Redis the schedule is one key on Redis's own clock, shared by every
 * process; without it, a variable in this one.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';

export interface SendPacer {
  /** Resolves at this send's slot. */
  wait(): Promise<void>;
  /** No slot before `ms` from now (Telegram's `retry_after`). */
  hold(ms: number): Promise<void>;
}

/** µs until the slot taken; the schedule lives in KEYS[1] as µs on Redis's clock, kept a minute past its use. */
const TAKE_SLOT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local slot = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
redis.call('SET', KEYS[1], string.format('%.0f', slot + tonumber(ARGV[1])), 'PX', 60000 + math.floor((slot - now) / 1000))
return math.floor(slot - now)`;

const HOLD = `
local time = redis.call('TIME')
local until_ = tonumber(time[1]) * 1000000 + tonumber(time[2]) + tonumber(ARGV[1])
if until_ > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], string.format('%.0f', until_), 'PX', 60000 + math.floor(tonumber(ARGV[1]) / 1000))
end
return 0`;

const spacingUs = (sendsPerSecond: number) => Math.round(1_000_000 / sendsPerSecond);

async function sleepUs(us: number): Promise<void> {
  if (us > 0) await sleep(Math.ceil(us / 1000));
}

/** Where the local schedule reads the time and waits: the process's monotonic clock and timers, unless a test says. */
export interface PacerClock {
  nowUs(): number;
  sleepUs(us: number): Promise<void>;
}

const realClock: PacerClock = { nowUs: () => Number(process.hrtime.bigint() / 1000n), sleepUs };

/** The schedule of every process on one Redis, under `key`. */
export function redisSendPacer(redis: Redis, key: string, sendsPerSecond: number): SendPacer {
  const spacing = spacingUs(sendsPerSecond);
  return {
    async wait() {
      await sleepUs(Number(await redis.eval(TAKE_SLOT, 1, key, spacing)));
    },
    async hold(ms) {
      await redis.eval(HOLD, 1, key, ms * 1000);
    },
  };
}

/** The schedule of this process alone (the notifier without Redis). */
export function localSendPacer(sendsPerSecond: number, clock: PacerClock = realClock): SendPacer {
  const spacing = spacingUs(sendsPerSecond);
  let next = 0;
  return {
    async wait() {
      const now = clock.nowUs();
      const slot = Math.max(now, next);
      next = slot + spacing;
      await clock.sleepUs(slot - now);
    },
    async hold(ms) {
      next = Math.max(next, clock.nowUs() + ms * 1000);
    },
  };
}
