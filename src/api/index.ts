/**
 * The AutoCall.kz SDK: every operation of the contract, typed from zod schemas, with
 * validation before sending, a per-key rate limit, safe retries and errors as values.
 */
export { createAutocallClient, type AutocallClient } from './client.js';
export type { AutocallClientOptions, CallEvent, CallOptions } from './client-options.js';
export { systemClock, type Clock } from './clock.js';
export {
  AutocallError,
  isAutocallError,
  type AutocallErrorContext,
  type AutocallErrorDetails,
  type AutocallErrorKind,
  type FieldErrors,
} from './errors.js';
export type { RetryOptions } from './backoff.js';
export type { BinaryFile } from './binary-file.js';
export { OPERATIONS, type OperationId, type OperationInfo } from './operations.js';
export { paginate } from './pagination.js';
export type { AutocallApi } from './groups/index.js';
export type { PublicApi } from './groups/public.js';
export type { ListsApi } from './groups/lists.js';
export type { ContactsApi } from './groups/contacts.js';
export type { SoundsApi } from './groups/sounds.js';
export type { ScenariosApi } from './groups/scenarios.js';
export type { AutocallsApi } from './groups/autocalls.js';
export type { CallsApi } from './groups/calls.js';
export type { BulksApi } from './groups/bulks.js';
export type { MessagesApi } from './groups/messages.js';
export type { SettingsApi } from './groups/settings.js';
export type { PaymentsApi } from './groups/payments.js';
export type { DashboardApi } from './groups/dashboard.js';
export type { NotificationsApi } from './groups/notifications.js';
export type { CallerIdsApi } from './groups/caller-ids.js';
export type { FlashCallsApi } from './groups/flash-calls.js';
export * from './schemas/index.js';
