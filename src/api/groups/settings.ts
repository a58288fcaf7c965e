import { z } from 'zod';
import type { CallOptions } from '../client-options.js';
import type { Caller } from '../executor.js';
import { checked } from '../request-builder.js';
import { json, noContent } from '../response-readers.js';
import {
  confirmedNumberBody,
  confirmedNumberListSchema,
  confirmedNumberSchema,
  settingsSchema,
  settingsUpdateBody,
  visitCardType,
  type ConfirmedNumberStep,
  type SettingsUpdate,
  type VisitCardType,
} from '../schemas/settings.js';

const visitCardPath = z.object({ visit_card_type: visitCardType });

/** Account settings, visit card and confirmed numbers (`/settings`). */
export function createSettingsApi(call: Caller) {
  return {
    /** Settings, tariff prices, confirmed numbers and statistics. A cheap way to check a key. */
    get: (options?: CallOptions) =>
      call({ operationId: 'get-settings', read: json(settingsSchema), retry: 'idempotent' }, options),

    /** Send only what changes. */
    update: (body: SettingsUpdate, options?: CallOptions) =>
      call(
        {
          operationId: 'put-settings',
          body: checked(settingsUpdateBody, body),
          read: json(settingsSchema),
          retry: 'idempotent',
        },
        options,
      ),

    deleteVisitCard: (type: VisitCardType, options?: CallOptions) =>
      call(
        {
          operationId: 'delete-settings-visit-card',
          path: checked(visitCardPath, { visit_card_type: type }),
          read: noContent,
          retry: 'idempotent',
        },
        options,
      ),

    confirmedNumbers: (options?: CallOptions) =>
      call(
        { operationId: 'get-settings-confirmed-numbers', read: json(confirmedNumberListSchema), retry: 'idempotent' },
        options,
      ),

    /**
     * Step 1 `{ number }`: the service calls it; step 2 `{ verification_code }`: the last five
     * digits of the calling number. Never repeated automatically (step 1 places a call).
     */
    addConfirmedNumber: (body: ConfirmedNumberStep, options?: CallOptions) =>
      call(
        {
          operationId: 'post-settings-confirmed-numbers',
          body: checked(confirmedNumberBody, body),
          read: json(confirmedNumberSchema),
          retry: 'never',
        },
        options,
      ),
  };
}

export type SettingsApi = ReturnType<typeof createSettingsApi>;
