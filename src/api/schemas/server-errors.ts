import { z } from 'zod';
import { phpObject } from './primitives.js';

/** The body of an error response: `{ message }`, plus `errors` for a 422 (and some 403s). */
export const errorBodySchema = z.looseObject({
  message: z.string().optional(),
  errors: phpObject(z.record(z.string(), z.array(z.string()))).optional(),
});
