import type { CallOptions } from '../client-options.js';
import type { Caller } from '../executor.js';
import { checked } from '../request-builder.js';
import { json } from '../response-readers.js';
import { flashCallBody, flashCallSchema, type FlashCallSend } from '../schemas/flash-calls.js';

/** Flash-call verification (`/flash-calls`). */
export function createFlashCallsApi(call: Caller) {
  return {
    /**
     * Calls `number` and hangs up; the code is the calling number's last digits. At most 3 per
     * number in 5 minutes (then `rate_limited`, surfaced at once). Never repeated automatically:
     * a second send would place a second call.
     */
    send: (body: FlashCallSend, options?: CallOptions) =>
      call(
        { operationId: 'post-flash-calls', body: checked(flashCallBody, body), read: json(flashCallSchema), retry: 'never' },
        options,
      ),
  };
}

export type FlashCallsApi = ReturnType<typeof createFlashCallsApi>;
