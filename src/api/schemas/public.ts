import { z } from 'zod';
import { numberLike, openEnum, phone, phonePatterns } from './primitives.js';

/** A tariff plan and its unit prices in tenge. */
export const tariffSchema = z.looseObject({
  name: openEnum(['BRONZE', 'SILVER', 'GOLD']).optional(),
  /** Balance from which the plan applies. */
  threshold: numberLike.optional(),
  /** Per second of an outgoing call. */
  call_price: numberLike.optional(),
  sms_price: numberLike.optional(),
  synthesis_price: numberLike.optional(),
  speech_price: numberLike.optional(),
  recording_price: numberLike.optional(),
});

/** GET /api/public/tariffs. */
export const tariffsSchema = z.looseObject({
  currency: z.string().optional(),
  note: z.string().optional(),
  tariffs: z.array(tariffSchema).optional(),
});

/** POST /api/public/test-call. */
export const testCallResultSchema = z.looseObject({
  message: z.string().optional(),
  number: z.string().optional(),
});

export type Tariff = z.infer<typeof tariffSchema>;
export type Tariffs = z.infer<typeof tariffsSchema>;
export type TestCallResult = z.infer<typeof testCallResultSchema>;

/** POST /api/public/test-call: one call per number a day, 09:00–21:30 Almaty time. */
export const testCallBody = z.object({ phone: phone(phonePatterns.testCall, '7011234567') });

export type TestCall = z.input<typeof testCallBody>;
