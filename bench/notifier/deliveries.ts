/**
 * When each benchmark notification reached the fake Telegram. Notifications are LowBalance with the balance set to
 * a sequence number, so every message names the notification it carries; a watcher stamps each new sendMessage
 * with the time it was seen (every few milliseconds) and counts the 429s Telegram answered.
 */
import type { FakeTelegram } from '../../test/support/telegram/index.js';

const WATCH_MS = 2;
const SEQUENCE = /Low balance<\/b>: ₸([\d,]+)/;

export interface DeliveryWatch {
  /** Receipt time of each sequence number (first receipt; duplicates are counted apart). */
  received: Map<number, number>;
  duplicates(): number;
  floodRejections(): number;
  stop(): void;
}

export function watchDeliveries(tg: FakeTelegram): DeliveryWatch {
  const received = new Map<number, number>();
  let seen = 0;
  let duplicates = 0;
  const timer = setInterval(() => {
    const now = Date.now();
    for (; seen < tg.calls.length; seen++) {
      const call = tg.calls[seen];
      if (!call || call.method !== 'sendMessage' || !call.ok) continue;
      const text = call.params['text'];
      const match = typeof text === 'string' ? SEQUENCE.exec(text) : null;
      if (!match?.[1]) continue;
      const sequence = Number(match[1].replace(/,/g, ''));
      if (received.has(sequence)) duplicates++;
      else received.set(sequence, now);
    }
  }, WATCH_MS);
  return {
    received,
    duplicates: () => duplicates,
    floodRejections: () => tg.rejections.filter((rejection) => rejection.error.error_code === 429).length,
    stop: () => clearInterval(timer),
  };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/**
 * The sending rate while alerts were waiting: over the longest run of receipts with no pause above `maxGapMs`
 * (a pause means the outbox ran dry until the polls found more), deliveries per second. What the notifier makes
 * of Telegram's cap, apart from how fast the polls find a burst.
 */
export function sustainedRate(sortedTimes: readonly number[], maxGapMs: number): { count: number; rate: number } {
  let best = { count: 0, rate: Number.NaN };
  let start = 0;
  for (let i = 1; i <= sortedTimes.length; i++) {
    const gap = i < sortedTimes.length ? (sortedTimes[i] ?? 0) - (sortedTimes[i - 1] ?? 0) : Number.POSITIVE_INFINITY;
    if (gap <= maxGapMs) continue;
    const count = i - start;
    const span = ((sortedTimes[i - 1] ?? 0) - (sortedTimes[start] ?? 0)) / 1000;
    if (count > best.count && span > 0) best = { count, rate: (count - 1) / span };
    start = i;
  }
  return best;
}
