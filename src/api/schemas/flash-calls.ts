import { z } from 'zod';
import { phone, phonePatterns } from './primitives.js';

/** POST /flash-calls: the code is the last digits of `code`. */
export const flashCallSchema = z.looseObject({
  id: z.number(),
  code: z.string(),
  number: z.string(),
});

export type FlashCall = z.infer<typeof flashCallSchema>;

/**
 * POST /flash-calls: `digits` (3–6, the service picks the code; always works) or `code` (3–6
 * digits of your own; may fail with 422 when no pool number ends with it). Exactly one of them.
 */
export const flashCallBody = z
  .object({
    number: phone(phonePatterns.flashCall, '+77011234567'),
    digits: z.int().min(3).max(6).optional(),
    code: z.string().regex(/^\d{3,6}$/, 'must be 3 to 6 digits').optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.digits === undefined) === (body.code === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [body.digits === undefined ? 'digits' : 'code'],
        message: 'send either digits (auto code) or code (your own code)',
      });
    }
  });

export type FlashCallSend = z.input<typeof flashCallBody>;
