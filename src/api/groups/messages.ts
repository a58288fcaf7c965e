import { z } from 'zod';
import type { CallOptions } from '../client-options.js';
import type { Caller } from '../executor.js';
import { checked } from '../request-builder.js';
import { json } from '../response-readers.js';
import { messageSchema } from '../schemas/bulks.js';
import { resourceId } from '../schemas/primitives.js';

/** The contract types this id as a string, while messages carry it as an integer: take both. */
const messagePath = z.object({ id: z.union([resourceId, z.string().min(1)]) });

/** Single SMS of a bulk (`/messages`). */
export function createMessagesApi(call: Caller) {
  return {
    get: (id: number | string, options?: CallOptions) =>
      call(
        {
          operationId: 'get-messages-id',
          path: checked(messagePath, { id }),
          read: json(messageSchema),
          retry: 'idempotent',
        },
        options,
      ),
  };
}

export type MessagesApi = ReturnType<typeof createMessagesApi>;
