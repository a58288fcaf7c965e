import { z } from 'zod';
import { numberLike, resourceId } from './primitives.js';

/** A number rented from the pool, usable as `caller_id` of an autocall. */
export const callerIdSchema = z.looseObject({
  id: z.number(),
  provider: z.string().optional(),
  number: z.string().optional(),
  rented_until: z.string().optional(),
});

/** GET /caller-ids: rented numbers and the tariff's limits. */
export const callerIdListSchema = z.looseObject({
  data: z.array(callerIdSchema).optional(),
  max_caller_id_rentals: z.number().optional(),
  /** Tenge per month. */
  caller_id_rent_price: numberLike.optional(),
});

/** POST /caller-ids. */
export const callerIdRentalSchema = z.looseObject({
  message: z.string().optional(),
  number: z.string().optional(),
  rented_until: z.string().optional(),
});

/** DELETE /caller-ids/{id}: released early, without a refund. */
export const callerIdReleaseSchema = z.looseObject({ message: z.string().optional() });

export type CallerId = z.infer<typeof callerIdSchema>;
export type CallerIdList = z.infer<typeof callerIdListSchema>;
export type CallerIdRental = z.infer<typeof callerIdRentalSchema>;
export type CallerIdRelease = z.infer<typeof callerIdReleaseSchema>;

/** POST /caller-ids: the id of a free number of the pool. */
export const callerIdRentBody = z.object({ caller_id_id: resourceId });

export type CallerIdRent = z.input<typeof callerIdRentBody>;
