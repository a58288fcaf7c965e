/**
 * How calls and SMS turn out. Each draw is fixed by the sandbox seed and what is being decided (number, call,
 * attempt), so a test can assert outcomes. A number that does not exist stays nonexistent across campaigns, as a
 * real dead number would.
 */
import { pickWeighted, unitFor } from '../core/random.js';

export type CallAttemptOutcome = 'success' | 'no_answer' | 'busy' | 'error' | 'spam';
export type FinalCallStatus = CallAttemptOutcome | 'recalled';
export type DeliveryOutcome = 'delivered' | 'failed' | 'expired' | 'undeliverable' | 'rejected';

const ATTEMPT_WEIGHTS: Readonly<Record<Exclude<CallAttemptOutcome, 'error'>, number>> = {
  success: 64,
  no_answer: 22,
  busy: 12,
  spam: 2,
};

const DELIVERY_WEIGHTS: Readonly<Record<Exclude<DeliveryOutcome, 'undeliverable'>, number>> = {
  delivered: 95,
  failed: 2,
  expired: 2,
  rejected: 1,
};

/** About one number in 25 does not exist. */
export function isNonexistentNumber(seed: number, number: string): boolean {
  return unitFor(seed, 'nonexistent', number) < 0.04;
}

export function callAttemptOutcome(seed: number, number: string, callId: number, attempt: number): CallAttemptOutcome {
  if (isNonexistentNumber(seed, number)) return 'error';
  return pickWeighted(ATTEMPT_WEIGHTS, unitFor(seed, 'call', callId, attempt));
}

/** Billed seconds of an answered call: most people hear most of the message. */
export function answeredSeconds(seed: number, callId: number, audioSeconds: number): number {
  const share = 0.55 + 0.45 * unitFor(seed, 'listened', callId);
  return Math.max(1, Math.ceil(audioSeconds * share));
}

/** With `lifetime`, some of those who missed the call ring back (status `recalled`, incoming seconds are free). */
export function recallSeconds(seed: number, callId: number): number | null {
  if (unitFor(seed, 'recall', callId) >= 0.3) return null;
  return 8 + Math.floor(unitFor(seed, 'recall-length', callId) * 50);
}

export function deliveryOutcome(seed: number, number: string, messageId: number): DeliveryOutcome {
  if (isNonexistentNumber(seed, number)) return 'undeliverable';
  return pickWeighted(DELIVERY_WEIGHTS, unitFor(seed, 'sms', messageId));
}

/** Seconds between sending an SMS and its delivery report. */
export function deliverySeconds(seed: number, messageId: number): number {
  return 3 + Math.floor(unitFor(seed, 'sms-delay', messageId) * 25);
}
