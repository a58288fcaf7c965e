/**
 * What an account holds, as the sandbox stores it: times are epoch milliseconds and money is tenge; the views
 * under `views/` turn records into the contract's JSON.
 */
import type { AudioFormat } from '../domain/audio-files.js';
import type { FinalCallStatus } from '../domain/outcomes.js';

export type Moderation = 'moderation' | 'confirmed' | 'denied';
export type Variables = Record<string, string>;

export interface ContactRecord {
  id: number;
  listId: number;
  number: string;
  extra: string | null;
  variables: Variables | null;
  createdAt: number;
  updatedAt: number;
}

export interface ListRecord {
  id: number;
  clientId: string | null;
  name: string;
  /** Contact ids in the order they were added. */
  contactIds: number[];
  /** Until when the import runs (`importing: true`), null once done. */
  importingUntil: number | null;
  /** Contacts found nonexistent by finished campaigns, null when none or ignored. */
  nonexistent: number[] | null;
  used: number;
  createdAt: number;
  updatedAt: number;
}

export type SoundSource =
  | { kind: 'synthesis'; text: string; voice: string; speed: number; pitch: number }
  | { kind: 'upload'; bytes: Buffer; format: AudioFormat };

export interface SoundRecord {
  id: number;
  clientId: string | null;
  name: string;
  seconds: number;
  moderation: Moderation;
  comment: string | null;
  confirmedAt: number | null;
  source: SoundSource;
  /** Unguessable part of the public playback URL. */
  fileToken: string;
  used: number;
  createdAt: number;
  updatedAt: number;
}

export interface ScenarioRecord {
  id: number;
  clientId: string | null;
  name: string;
  data: Record<string, unknown>;
  /** The raw JSON string as sent, for moderation. */
  source: string;
  /** Objects with a `type` anywhere in the structure. */
  steps: number;
  /** Steps of type `record`: each answered call leaves that many voice answers. */
  recordSteps: number;
  /** When moderation of the current structure ends (an edit restarts it). */
  reviewAt: number;
  maxCost: number;
  moderation: Moderation;
  comment: string | null;
  confirmedAt: number | null;
  used: number;
  createdAt: number;
  updatedAt: number;
}

export type CampaignStatus = 'moderation' | 'awaiting' | 'running' | 'completed' | 'denied';

export interface AutocallRecord {
  id: number;
  clientId: string | null;
  name: string;
  type: 'regular' | 'interactive';
  status: CampaignStatus;
  dateFrom: string;
  timeFrom: string;
  timeTo: string;
  maxTries: number;
  triesInterval: number;
  audioIds: number[];
  scenarioId: number | null;
  listIds: number[];
  sms: boolean;
  smsUnanswered: boolean;
  text: string | null;
  textUnanswered: string | null;
  lifetime: boolean;
  record: boolean;
  comment: string | null;
  callbackUrl: string | null;
  callerId: string | null;
  maxCost: number;
  /** Longest a call can bill (audio length, or the scenario's estimate), seconds. */
  callSeconds: number;
  /** Money held for this campaign (released when it ends). */
  reserved: number;
  /** Cost of the calls made so far. */
  spent: number;
  finalCost: number | null;
  speeches: number;
  finishedAt: number | null;
  callIds: number[];
  /** Index into `callIds` of the next call not yet tried. */
  nextFirstTry: number;
  /** Calls waiting for another try, in the order they fall due. */
  retries: { callId: number; at: number }[];
  /** The one pending `autocall-tick` that counts (edits reschedule; older ticks are ignored). */
  tickAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface CallRecord {
  id: number;
  autocallId: number;
  /** The list contact it was made from, for marking nonexistent numbers. */
  contactId: number | null;
  number: string;
  extra: string | null;
  variables: Variables | null;
  tries: number;
  dateTries: number[];
  statusTries: string[];
  lastTryAt: number | null;
  duration: number;
  rDuration: number;
  status: 'in_queue' | FinalCallStatus;
  data: Record<string, unknown> | null;
  /** File names of voice answers (interactive campaigns with `record` steps). */
  recordings: string[];
  cost: number;
  createdAt: number;
  updatedAt: number;
}

export type MessageStatus =
  | 'queued'
  | 'disabled'
  | 'new'
  | 'sent'
  | 'delivered'
  | 'pending'
  | 'failed'
  | 'expired'
  | 'undeliverable'
  | 'rejected';

export interface BulkRecord {
  id: number;
  clientId: string | null;
  name: string;
  status: CampaignStatus;
  dateFrom: string;
  timeFrom: string;
  text: string;
  segments: number;
  listIds: number[];
  maxCost: number;
  reserved: number;
  spent: number;
  finalCost: number | null;
  comment: string | null;
  callbackUrl: string | null;
  messageIds: number[];
  /** Index into `messageIds` of the next message to send. */
  nextToSend: number;
  /** Sent messages waiting for their delivery report, in report order. */
  awaitingReport: number[];
  /** The one pending `bulk-tick` that counts (edits reschedule; older ticks are ignored). */
  tickAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface MessageRecord {
  id: number;
  bulkId: number;
  number: string;
  extra: string | null;
  variables: Variables | null;
  status: MessageStatus;
  provider: string;
  segments: number;
  initTime: number | null;
  statusTime: number | null;
  reportAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface ConfirmedNumberRecord {
  id: number;
  number: string;
  /** The last five digits of the number that called (what the person would type in). */
  code: number;
  verifiedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface TransactionRecord {
  id: number;
  type: 'withdraw' | 'deposit';
  confirmed: boolean;
  description: string;
  /** Negative for withdrawals. */
  total: number;
  /** For top-ups: the order in the payment URL. */
  paymentOrder: string | null;
  createdAt: number;
  updatedAt: number;
}

export const NOTIFICATION_TYPES = [
  'SoundConfirmed',
  'SoundCommented',
  'SMSBulkConfirmed',
  'SMSBulkCommented',
  'SMSBulkFinished',
  'ScenarioConfirmed',
  'ScenarioCommented',
  'AutocallConfirmed',
  'AutocallCommented',
  'AutocallFinished',
  'ImportComplete',
  'ImportFailure',
  'NonexistentContactsDetected',
  'ExportIsReady',
  'ExportFailure',
  'RefreshBalance',
  'LowBalance',
  'CallerIdExpiringSoon',
  'CallerIdReleased',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export interface NotificationRecord {
  id: string;
  /** One of the contract's types, or one a later AutoCall may add (emitted by tests of how clients cope). */
  type: string;
  data: Record<string, unknown>;
  readAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface RentalRecord {
  id: number;
  poolId: number;
  number: string;
  provider: string;
  rentedUntil: number;
  createdAt: number;
}

export interface FlashCallRecord {
  id: number;
  number: string;
  code: string;
  createdAt: number;
}

export interface SettingsRecord {
  name: string;
  /** Without +7. */
  phone: string;
  smsVerifiedAt: number;
  subscribe: boolean;
  notificationsSubscribe: boolean;
  visitCardAudio: number | null;
  visitCardText: string | null;
}
