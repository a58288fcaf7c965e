/**
 * Telegram's overall limit, kept the way Telegram counts it — a token bucket — by handing out send slots (GCRA: the
 * bucket as one "theoretical arrival time"). Each send takes the next slot, `1 / sendsPerSecond` after the
 * previous, and waits for it right before its request; after a pause up to `SEND_BURST` go at once. The schedule
 * advances by exactly that spacing whatever the sends' own timing, so a backlog goes out at the configured rate
 * itself — not below it, as with a limiter counting job starts in windows that lose time at every window's edge —
 * and never faster. A 429 holds the schedule for `retry_after`. With Redis the schedule is one key on Redis's own
 * clock, shared by every process; without it, a variable in this one.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';

export interface SendPacer {
  /** Resolves at this send's slot. */
  wait(): Promise<void>;
  /** No slot before `ms` from now (Telegram's `retry_after`). */
  hold(ms: number): Promise<void>;
}

/**
 * Sends that may go at once after a pause. Telegram's bucket holds 30; the rest is left for the bot's own replies
 * and for sends a busy process delays past their slot.
 */
export const SEND_BURST = 5;

/**
 * µs until the slot taken (ARGV: spacing, burst tolerance, both µs). KEYS[1] holds the theoretical arrival time in
 * µs on Redis's clock, kept a minute past its use.
 */
const TAKE_SLOT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local tat = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
local slot = math.max(now, tat - tonumber(ARGV[2]))
redis.call('SET', KEYS[1], string.format('%.0f', tat + tonumber(ARGV[1])), 'PX', 60000 + math.floor((tat - now) / 1000))
return math.floor(slot - now)`;

/** No slot before ARGV[1] µs from now (ARGV[2]: the burst tolerance). */
const HOLD = `
local time = redis.call('TIME')
local tat = tonumber(time[1]) * 1000000 + tonumber(time[2]) + tonumber(ARGV[1]) + tonumber(ARGV[2])
if tat > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], string.format('%.0f', tat), 'PX', 60000 + math.floor(tonumber(ARGV[1]) / 1000))
end
return 0`;

/** The spacing of slots and how far ahead of the schedule a burst may run, in µs. */
function cadence(sendsPerSecond: number): { spacing: number; tolerance: number } {
  const spacing = Math.round(1_000_000 / sendsPerSecond);
  return { spacing, tolerance: (SEND_BURST - 1) * spacing };
}

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
  const { spacing, tolerance } = cadence(sendsPerSecond);
  return {
    async wait() {
      await sleepUs(Number(await redis.eval(TAKE_SLOT, 1, key, spacing, tolerance)));
    },
    async hold(ms) {
      await redis.eval(HOLD, 1, key, ms * 1000, tolerance);
    },
  };
}

/** The schedule of this process alone (the notifier without Redis). */
export function localSendPacer(sendsPerSecond: number, clock: PacerClock = realClock): SendPacer {
  const { spacing, tolerance } = cadence(sendsPerSecond);
  /** The theoretical arrival time: where the schedule stands, `tolerance` ahead of which a send may go. */
  let tat = 0;
  return {
    async wait() {
      const now = clock.nowUs();
      tat = Math.max(now, tat);
      const slot = Math.max(now, tat - tolerance);
      tat += spacing;
      await clock.sleepUs(slot - now);
    },
    async hold(ms) {
      tat = Math.max(tat, clock.nowUs() + ms * 1000 + tolerance);
    },
  };
}
