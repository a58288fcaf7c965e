import { z } from 'zod';
import { numberLike, phone, phonePatterns, resourceId, timestamp } from './primitives.js';

// ── Responses ─────────────────────────────────────────────────────────────────────────────────

/** A phone number added to the account; unverified ones disappear after 10 minutes. */
export const confirmedNumberSchema = z.looseObject({
  id: z.number(),
  number: z.string(),
  verified_at: z.string().nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});

const accountStatistics = z.looseObject({
  /** Seconds of calls in total. */
  duration: z.number().optional(),
  calls: numberLike.optional(),
  confirmed_numbers: z.number().optional(),
  spam_reports: z.number().optional(),
  lists: z.number().optional(),
  contacts: z.number().optional(),
  autocalls: z.number().optional(),
  bulks: z.number().optional(),
  sms: z.number().optional(),
});

/** Account settings, tariff prices (sent as decimal strings, read as numbers) and statistics. */
export const settingsSchema = z.looseObject({
  name: z.string().optional(),
  /** Without `+7`. */
  phone: z.string().optional(),
  sms_verified_at: z.string().nullable().optional(),
  moderation: z.boolean().optional(),
  /** Calls and SMS are allowed from/to this account-local time. */
  time_from: z.string().optional(),
  time_to: z.string().optional(),
  price: numberLike.optional(),
  sms_price: numberLike.optional(),
  sip_price: numberLike.optional(),
  speech_price: numberLike.optional(),
  synthesis_price: numberLike.optional(),
  recording_price: numberLike.optional(),
  /** Hours during which call-backs are tracked. */
  recalled: z.number().optional(),
  subscribe: z.boolean().optional(),
  notifications_subscribe: z.boolean().optional(),
  visit_card_audio: z.number().nullable().optional(),
  visit_card_text: z.string().nullable().optional(),
  confirmed_numbers: z.array(confirmedNumberSchema).optional(),
  statistics: accountStatistics.optional(),
});

export const confirmedNumberListSchema = z.array(confirmedNumberSchema);

export type ConfirmedNumber = z.infer<typeof confirmedNumberSchema>;
export type Settings = z.infer<typeof settingsSchema>;

// ── Requests ──────────────────────────────────────────────────────────────────────────────────

/** PUT /settings: send only what changes. */
export const settingsUpdateBody = z.object({
  name: z.string().min(2).max(40).optional(),
  subscribe: z.boolean().optional(),
  notifications_subscribe: z.boolean().optional(),
  /** Id of the sound used as the audio visit card. */
  visit_card_audio: resourceId.optional(),
  /** One SMS. */
  visit_card_text: z.string().max(160).optional(),
});

/** DELETE /settings/{visit_card_type}. */
export const visitCardType = z.enum(['visit_card_audio', 'visit_card_text']);

/**
 * POST /settings/confirmed_numbers, two steps: `{ number }` makes the service call it, then
 * `{ verification_code }` (the caller id's last five digits) confirms it. One step per request.
 */
export const confirmedNumberBody = z
  .object({
    number: phone(phonePatterns.confirmedNumber, '+77011234567').optional(),
    verification_code: z.int().min(10_000).max(99_999).optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.number === undefined) === (body.verification_code === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [body.number === undefined ? 'number' : 'verification_code'],
        message: 'send either number (step 1) or verification_code (step 2)',
      });
    }
  });

export type SettingsUpdate = z.input<typeof settingsUpdateBody>;
export type VisitCardType = z.infer<typeof visitCardType>;
export type ConfirmedNumberStep = z.input<typeof confirmedNumberBody>;
