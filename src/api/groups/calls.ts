import type { CallOptions } from '../client-options.js';
import type { Caller } from '../executor.js';
import { binary, json } from '../response-readers.js';
import { callSchema } from '../schemas/autocalls.js';
import { byId } from './shared.js';

/** Single calls of an autocall (`/calls`). */
export function createCallsApi(call: Caller) {
  return {
    get: (id: number, options?: CallOptions) =>
      call({ operationId: 'get-calls-id', path: byId(id), read: json(callSchema), retry: 'idempotent' }, options),

    /** The conversation's audio; only for autocalls created with `record: true`. */
    recording: (id: number, options?: CallOptions) =>
      call(
        {
          operationId: 'get-calls-recordings-id',
          path: byId(id),
          read: binary(`recording-${id}`),
          retry: 'idempotent',
        },
        options,
      ),
  };
}

export type CallsApi = ReturnType<typeof createCallsApi>;
