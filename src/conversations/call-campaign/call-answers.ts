/**
 * Everything a call campaign wizard has asked so far, kept in the conversation: small plain data (names, ids and
 * counts; the numbers sent straight into the wizard live in a draft). Unanswered steps are null.
 */
import type { TimeWindow } from '../../domain/format/index.js';
import { NO_RECIPIENTS, type Recipients } from '../campaign-steps/recipients-step.js';

export type CallType = 'regular' | 'interactive';

/** Where a sound or scenario stands with AutoCall's moderators. */
export type Moderation = 'confirmed' | 'pending' | 'denied';

/** What a regular campaign plays: an existing sound, or one synthesized from text along with the campaign. */
export type AudioChoice =
  | { readonly kind: 'sound'; readonly id: number; readonly name: string; readonly seconds: number; readonly moderation: Moderation }
  | { readonly kind: 'synthesis'; readonly text: string; readonly voice: string };

export interface ScenarioChoice {
  readonly id: number;
  readonly name: string;
  readonly moderation: Moderation;
}

export const TRIES = [1, 2, 3, 4] as const;
export const INTERVALS = [15, 30, 60, 120] as const;
export type Tries = (typeof TRIES)[number];
export type Interval = (typeof INTERVALS)[number];

export interface CallAnswers {
  type: CallType | null;
  recipients: Recipients;
  audio: AudioChoice | null;
  scenario: ScenarioChoice | null;
  /** `Y-m-d`, Kazakhstan. */
  date: string | null;
  window: TimeWindow | null;
  tries: Tries;
  interval: Interval;
  /** SMS to those who answered, and to those who did not; null: none. */
  smsReached: string | null;
  smsNotReached: string | null;
  record: boolean;
  /** Wait for people calling back. */
  lifetime: boolean;
  /** A rented caller ID; null: a random one from the pool. */
  callerId: string | null;
  name: string | null;
}

/** The contract's defaults: one try, an hour apart, nothing extra. */
export function newCallAnswers(): CallAnswers {
  return {
    type: null,
    recipients: NO_RECIPIENTS,
    audio: null,
    scenario: null,
    date: null,
    window: null,
    tries: 1,
    interval: 60,
    smsReached: null,
    smsNotReached: null,
    record: false,
    lifetime: false,
    callerId: null,
    name: null,
  };
}

/** Moderation of a sound as the API shows it: `confirmed`, or a moderator's comment for a refusal. */
export function soundModeration(sound: { confirmed: boolean; comment: string | null }): Moderation {
  if (sound.confirmed) return 'confirmed';
  return sound.comment ? 'denied' : 'pending';
}

/** Moderation of a scenario: confirmed once `confirmed_at` is set, refused with a comment. */
export function scenarioModeration(scenario: { confirmed_at?: string | null | undefined; comment: string | null }): Moderation {
  if (scenario.confirmed_at) return 'confirmed';
  return scenario.comment ? 'denied' : 'pending';
}

export const MODERATION_ICON: Readonly<Record<Moderation, string>> = { confirmed: '🟢', pending: '⏳', denied: '⛔' };
