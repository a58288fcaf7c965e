import type { Caller } from '../executor.js';
import { createAutocallsApi } from './autocalls.js';
import { createBulksApi } from './bulks.js';
import { createCallerIdsApi } from './caller-ids.js';
import { createCallsApi } from './calls.js';
import { createContactsApi } from './contacts.js';
import { createDashboardApi } from './dashboard.js';
import { createFlashCallsApi } from './flash-calls.js';
import { createListsApi } from './lists.js';
import { createMessagesApi } from './messages.js';
import { createNotificationsApi } from './notifications.js';
import { createPaymentsApi } from './payments.js';
import { createScenariosApi } from './scenarios.js';
import { createSettingsApi } from './settings.js';
import { createSoundsApi } from './sounds.js';

/** Every authorised operation, grouped as the contract's tags, for one API key. */
export function createAutocallApi(call: Caller) {
  return {
    lists: createListsApi(call),
    contacts: createContactsApi(call),
    sounds: createSoundsApi(call),
    scenarios: createScenariosApi(call),
    autocalls: createAutocallsApi(call),
    calls: createCallsApi(call),
    bulks: createBulksApi(call),
    messages: createMessagesApi(call),
    settings: createSettingsApi(call),
    payments: createPaymentsApi(call),
    dashboard: createDashboardApi(call),
    notifications: createNotificationsApi(call),
    callerIds: createCallerIdsApi(call),
    flashCalls: createFlashCallsApi(call),
  };
}

/** The SDK for one API key: `client.forKey(key)`. */
export type AutocallApi = ReturnType<typeof createAutocallApi>;
