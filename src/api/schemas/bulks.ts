import { z } from 'zod';
import { campaignStatuses } from './autocalls.js';
import {
  callbackUrl,
  clientId,
  clockTime,
  isoDate,
  numberLike,
  openEnum,
  pageOf,
  resourceName,
  timestamp,
  variablesRecord,
} from './primitives.js';
import { recipients } from './recipients.js';

// ── Responses ─────────────────────────────────────────────────────────────────────────────────

/** SMS statuses; `queued`, `new`, `sent` and `pending` are not final. */
export const messageStatuses = [
  'queued',
  'disabled',
  'new',
  'sent',
  'delivered',
  'pending',
  'failed',
  'expired',
  'undeliverable',
  'rejected',
] as const;

/** One SMS of a bulk. */
export const messageSchema = z.looseObject({
  id: z.number(),
  bulk_id: z.number(),
  number: z.string(),
  extra: z.string().nullable(),
  variables: variablesRecord.nullable(),
  status: openEnum(messageStatuses),
  /** The recipient's mobile operator. */
  provider: z.string(),
  init_time: z.string().nullable(),
  status_time: z.string().nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});

/** An SMS bulk as listed. Only `id` is relied upon; the contract marks nothing else required. */
export const bulkSummarySchema = z.looseObject({
  id: z.number(),
  client_id: z.string().nullable().optional(),
  name: z.string().optional(),
  status: openEnum(campaignStatuses).optional(),
  date_from: z.string().optional(),
  time_from: z.string().optional(),
  text: z.string().optional(),
  /** SMS segments per message. */
  segments: z.number().optional(),
  recipients: z.number().optional(),
  list_id: z.array(z.number()).optional(),
  max_cost: numberLike.optional(),
  created_at: timestamp.optional(),
  updated_at: timestamp.optional(),
});

/** A bulk with one page of its messages. */
export const bulkSchema = bulkSummarySchema.extend({
  final_cost: numberLike.nullable().optional(),
  comment: z.string().nullable().optional(),
  callback_url: z.string().nullable().optional(),
  messages: pageOf(messageSchema).optional(),
});

export const bulkPageSchema = pageOf(bulkSummarySchema);

export type Message = z.infer<typeof messageSchema>;
export type BulkSummary = z.infer<typeof bulkSummarySchema>;
export type Bulk = z.infer<typeof bulkSchema>;

// ── Requests ──────────────────────────────────────────────────────────────────────────────────

/** The contract allows 5000 recipients to create a bulk but 6000 to price one. */
function bulkBody(maxRecipients: number) {
  return z.object({
    name: resourceName,
    /** May contain `{{varname}}` placeholders filled from each contact's variables. */
    text: z.string().min(1).max(1600),
    list_id: recipients({ maxItems: maxRecipients, extraMaxLength: 60 }),
    date_from: isoDate.optional(),
    time_from: clockTime.optional(),
    client_id: clientId(60).optional(),
    callback_url: callbackUrl.optional(),
  });
}

/** POST /bulks. */
export const bulkCreateBody = bulkBody(5000);

/** POST /bulks/calculate. */
export const bulkCalculateBody = bulkBody(6000);

/** PUT /bulks/{id}: only while `awaiting` or `moderation`. */
export const bulkUpdateBody = z.object({
  name: resourceName.optional(),
  time_from: clockTime.optional(),
  date_from: isoDate.optional(),
  client_id: clientId(60).optional(),
  callback_url: callbackUrl.optional(),
});

export type BulkCreate = z.input<typeof bulkCreateBody>;
export type BulkCalculate = z.input<typeof bulkCalculateBody>;
export type BulkUpdate = z.input<typeof bulkUpdateBody>;
