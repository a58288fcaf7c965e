import type { CallOptions } from '../client-options.js';
import type { Caller } from '../executor.js';
import { checked } from '../request-builder.js';
import { json } from '../response-readers.js';
import { tariffsSchema, testCallBody, testCallResultSchema, type TestCall } from '../schemas/public.js';

/** The API without a key (`publicApiUrl`). */
export function createPublicApi(call: Caller) {
  return {
    /** Tariff plans and unit prices (cached by the server for an hour). */
    tariffs: (options?: CallOptions) =>
      call({ operationId: 'getTariffs', read: json(tariffsSchema), retry: 'idempotent' }, options),

    /**
     * A real test call to `phone` (ten digits, no `+7`): once a day per number, 09:00–21:30
     * Almaty time, 2 a minute per IP. Never repeated automatically.
     */
    testCall: (body: TestCall, options?: CallOptions) =>
      call(
        { operationId: 'sendTestCall', body: checked(testCallBody, body), read: json(testCallResultSchema), retry: 'never' },
        options,
      ),
  };
}

export type PublicApi = ReturnType<typeof createPublicApi>;
