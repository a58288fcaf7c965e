import type { CallOptions } from '../client-options.js';
import type { Caller } from '../executor.js';
import { checked } from '../request-builder.js';
import { json } from '../response-readers.js';
import {
  callerIdListSchema,
  callerIdReleaseSchema,
  callerIdRentalSchema,
  callerIdRentBody,
  type CallerIdRent,
} from '../schemas/caller-ids.js';
import { byId } from './shared.js';

/** Rented caller ids (`/caller-ids`). */
export function createCallerIdsApi(call: Caller) {
  return {
    /** Rented numbers and the tariff's rental limit and price. */
    list: (options?: CallOptions) =>
      call({ operationId: 'get-caller-ids', read: json(callerIdListSchema), retry: 'idempotent' }, options),

    /**
     * Rents a free pool number for a month, paid from the balance: 402 short of money, 403 the
     * tariff's limit, 409 taken by someone else. Never repeated automatically.
     */
    rent: (body: CallerIdRent, options?: CallOptions) =>
      call(
        {
          operationId: 'post-caller-ids',
          body: checked(callerIdRentBody, body),
          read: json(callerIdRentalSchema),
          retry: 'never',
        },
        options,
      ),

    /** Gives the number back early; the rent is not refunded. */
    release: (id: number, options?: CallOptions) =>
      call(
        { operationId: 'delete-caller-ids-id', path: byId(id), read: json(callerIdReleaseSchema), retry: 'idempotent' },
        options,
      ),
  };
}

export type CallerIdsApi = ReturnType<typeof createCallerIdsApi>;
