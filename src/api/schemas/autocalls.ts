import { z } from 'zod';
import {
  callbackUrl,
  clientId,
  clockTime,
  isoDate,
  numberLike,
  openEnum,
  pageOf,
  phpObject,
  resourceId,
  resourceName,
  timestamp,
  variablesRecord,
} from './primitives.js';
import { recipients } from './recipients.js';
import { audioSource, autocallVoices, checkAudioSource } from './sounds.js';

// ── Responses ─────────────────────────────────────────────────────────────────────────────────

/** Campaign statuses (autocalls and bulks); `completed` and `denied` are final. */
export const campaignStatuses = ['running', 'completed', 'awaiting', 'moderation', 'denied'] as const;

/** Call statuses; all but `in_queue` are final. */
export const callStatuses = ['in_queue', 'success', 'recalled', 'no_answer', 'busy', 'error', 'spam'] as const;

/** One number of an autocall and its attempts. */
export const callSchema = z.looseObject({
  id: z.number(),
  autocall_id: z.number(),
  number: z.string(),
  extra: z.string().nullable(),
  /** A call to this number is going on right now. */
  lock: z.boolean(),
  tries: z.number(),
  date_tries: z.array(z.string()).nullable(),
  status_tries: z.array(z.string()).nullable(),
  last_try_at: z.string().nullable(),
  /** Billed seconds of the outgoing call. */
  duration: z.number(),
  /** Seconds of the free incoming call back. */
  r_duration: z.number(),
  status: openEnum(callStatuses),
  /** Results of the scenario, for interactive autocalls. */
  data: phpObject(z.record(z.string(), z.unknown())).nullable().optional(),
  variables: variablesRecord.nullable().optional(),
  created_at: timestamp,
  updated_at: timestamp,
});

/** An autocall as listed. Only `id` is relied upon; the contract marks nothing else required. */
export const autocallSummarySchema = z.looseObject({
  id: z.number(),
  client_id: z.string().nullable().optional(),
  name: z.string().optional(),
  date_from: z.string().optional(),
  time_from: z.string().optional(),
  time_to: z.string().optional(),
  max_tries: z.number().optional(),
  tries_interval: z.number().optional(),
  type: openEnum(['regular', 'interactive']).optional(),
  status: openEnum(campaignStatuses).optional(),
  max_cost: numberLike.optional(),
  final_cost: numberLike.nullable().optional(),
  created_at: timestamp.optional(),
  updated_at: timestamp.optional(),
});

const autocallCounters = z.looseObject({
  success_percentage: z.number().optional(),
  success: z.number().optional(),
  recalled: z.number().optional(),
  no_answer: z.number().optional(),
  busy: z.number().optional(),
  error: z.number().optional(),
  spam: z.number().optional(),
  tries: z.number().optional(),
  /** Billed seconds in total. */
  duration: z.number().optional(),
  total: z.number().optional(),
});

/** An autocall with its statistics and one page of its calls. */
export const autocallSchema = autocallSummarySchema.extend({
  sms: z.boolean().optional(),
  sms_unanswered: z.boolean().optional(),
  text: z.string().nullable().optional(),
  text_unanswered: z.string().nullable().optional(),
  audio_id: z.array(z.union([z.number(), z.string()])).nullable().optional(),
  scenario_id: z.number().nullable().optional(),
  processed: z.number().optional(),
  speeches: z.number().optional(),
  lifetime: z.boolean().optional(),
  record: z.boolean().optional(),
  comment: z.string().nullable().optional(),
  callback_url: z.string().nullable().optional(),
  /** The rented caller id, or null for a random one from the pool. */
  caller_id: z.string().nullable().optional(),
  finished_at: z.string().nullable().optional(),
  calls_count: z.number().optional(),
  processed_percentage: z.number().optional(),
  counters: autocallCounters.optional(),
  calls: pageOf(callSchema).optional(),
});

export const autocallPageSchema = pageOf(autocallSummarySchema);

/** POST /autocalls/calculate, POST /bulks/calculate: the most the campaign can cost. */
export const costEstimateSchema = z.looseObject({ max_cost: numberLike });

/** GET /autocalls/relaunch/{id}: the new list of numbers that were not reached. */
export const relaunchedListSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  created_at: timestamp,
  updated_at: timestamp,
  used: z.number(),
  contacts_count: z.number(),
  importing: z.boolean(),
});

export type Call = z.infer<typeof callSchema>;
export type AutocallSummary = z.infer<typeof autocallSummarySchema>;
export type Autocall = z.infer<typeof autocallSchema>;
export type CostEstimate = z.infer<typeof costEstimateSchema>;
export type RelaunchedList = z.infer<typeof relaunchedListSchema>;

/**
 * POST /autocalls: `created` (201, up to 5000 numbers) or `accepted` (202: more numbers, the
 * autocall is being created in the background; find it later by `client_id`).
 */
export type AutocallCreateResult = { status: 'created'; autocall: Autocall } | { status: 'accepted' };

// ── Requests ──────────────────────────────────────────────────────────────────────────────────

const audioType = z.enum(['synthesis', 'upload']);

/** Audio created on the fly inside POST /autocalls. */
const inlineAudio = z
  .object({ type: audioType, data: audioSource(autocallVoices) })
  .superRefine((audio, ctx) => checkAudioSource(audio.type, audio.data, ['data'], ctx));

const triesInterval = z.literal([15, 30, 60, 120]);

/** POST /autocalls and POST /autocalls/calculate. */
export const autocallCreateBody = z
  .object({
    name: resourceName,
    type: z.enum(['regular', 'interactive']),
    time_from: clockTime.optional(),
    time_to: clockTime.optional(),
    audio_id: z.array(z.union([resourceId, inlineAudio])).optional(),
    scenario_id: resourceId.optional(),
    list_id: recipients({ maxItems: 5000, extraMaxLength: 255 }),
    max_tries: z.literal([1, 2, 3, 4]).optional(),
    tries_interval: triesInterval.optional(),
    date_from: isoDate.optional(),
    sms: z.boolean().optional(),
    text: z.string().min(1).optional(),
    sms_unanswered: z.boolean().optional(),
    text_unanswered: z.string().min(1).optional(),
    lifetime: z.boolean().optional(),
    record: z.boolean().optional(),
    client_id: clientId(60).optional(),
    callback_url: callbackUrl.optional(),
    /** A caller id you rent (see `callerIds.list`); null or absent picks a random one. */
    caller_id: z.string().max(20).nullable().optional(),
  })
  .superRefine((body, ctx) => {
    if (body.type === 'interactive') {
      if (body.scenario_id === undefined) {
        ctx.addIssue({ code: 'custom', path: ['scenario_id'], message: 'is required when type is interactive' });
      }
    } else if (body.audio_id === undefined || body.audio_id.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['audio_id'], message: 'is required when type is regular' });
    }
    if (body.sms === true && body.text === undefined) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'is required when sms is true' });
    }
    if (body.sms_unanswered === true && body.text_unanswered === undefined) {
      ctx.addIssue({ code: 'custom', path: ['text_unanswered'], message: 'is required when sms_unanswered is true' });
    }
  });

/** PUT /autocalls/{id}: only while `awaiting` or `moderation`. */
export const autocallUpdateBody = z.object({
  name: resourceName.optional(),
  time_from: clockTime.optional(),
  time_to: clockTime.optional(),
  tries_interval: triesInterval.optional(),
  date_from: isoDate.optional(),
  client_id: clientId(60).optional(),
  callback_url: callbackUrl.optional(),
});

export type AutocallCreate = z.input<typeof autocallCreateBody>;
export type AutocallUpdate = z.input<typeof autocallUpdateBody>;
