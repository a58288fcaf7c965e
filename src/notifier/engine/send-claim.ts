/**
 * The short-lived "in flight" claim on a delivery, and the send timeout it is sized on. The Bot API has no
 * idempotency key: a message whose request reached Telegram but whose answer a killed process never read cannot be
 * told apart from one that never left, so the notifier delivers at least once, and keeps the duplicate window to
 * the sends in flight at a crash. The durable record is "delivered", written on Telegram's answer; this claim only
 * keeps two live processes from sending one delivery at the same time. It expires on its own, so a process killed
 * mid-send never leaves a delivery claimed for good: the delivery is sent again once the claim lapses.
 */
import type { KvRepo } from '../../store/index.js';
import { type Delivery, deliveryKey } from '../delivery.js';

/** Below this Telegram may merely be slow; giving up sooner would turn slowness into duplicates. */
const MIN_SEND_TIMEOUT_MS = 5_000;
/** Room between the send's timeout and the claim's expiry for the work around the request. */
const CLAIM_MARGIN_MS = 1_000;

/** A send Telegram has not answered in this long is abandoned (and retried later): half a job's lock, 5 s at least. */
export function sendTimeoutMs(lockMs: number): number {
  return Math.max(MIN_SEND_TIMEOUT_MS, lockMs / 2);
}

/**
 * How long a delivery stays claimed: past the send's timeout, so no second process starts it while the first may
 * still be sending; and no longer than a job's lock where that allows, so after a crash the claim has lapsed by the
 * time BullMQ hands the stalled job to another process.
 */
export function sendClaimMs(lockMs: number): number {
  return Math.max(lockMs, sendTimeoutMs(lockMs) + CLAIM_MARGIN_MS);
}

const claimKey = (delivery: Delivery) => `notifier-sending:${deliveryKey(delivery)}`;

export interface SendClaims {
  /** True when this process may send the delivery now; false while another one holds it. */
  take(delivery: Delivery): Promise<boolean>;
  /**
   * Gives the claim back after a send that did not reach the chat, so its retry need not wait for the expiry.
   * The claim cannot have passed to another process meanwhile: it outlives the send's timeout.
   */
  release(delivery: Delivery): Promise<void>;
}

export function sendClaims(kv: KvRepo, claimMs: number): SendClaims {
  return {
    take: (delivery) => kv.setOnce(claimKey(delivery), '1', claimMs),
    release: (delivery) => kv.del(claimKey(delivery)),
  };
}
