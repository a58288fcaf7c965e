import { z } from 'zod';
import { numberLike, openEnum, phpObject, timestamp } from './primitives.js';

/** Notification types this client knows; the server may add more. */
export const notificationTypes = [
  'SoundConfirmed',
  'SoundCommented',
  'SMSBulkConfirmed',
  'SMSBulkCommented',
  'SMSBulkFinished',
  'ScenarioConfirmed',
  'ScenarioCommented',
  'AutocallConfirmed',
  'AutocallCommented',
  'AutocallFinished',
  'ImportComplete',
  'ImportFailure',
  'NonexistentContactsDetected',
  'ExportIsReady',
  'ExportFailure',
  'RefreshBalance',
  'LowBalance',
  'CallerIdExpiringSoon',
  'CallerIdReleased',
] as const;

/** What a notification is about; which fields are present depends on its type. */
const notificationData = z.looseObject({
  id: z.number().optional(),
  name: z.string().optional(),
  type: openEnum(['autocall', 'bulk']).optional(),
  action: openEnum(['deposit', 'withdraw']).optional(),
  amount: numberLike.optional(),
  /** LowBalance: the balance now and the threshold it fell below. */
  balance: numberLike.optional(),
  threshold: numberLike.optional(),
});

export const notificationSchema = z.looseObject({
  /** A UUID. */
  id: z.string(),
  type: openEnum(notificationTypes),
  data: phpObject(notificationData).optional(),
  read_at: z.string().nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});

/** GET /notifications: all of them (not paged) and the unread count. */
export const notificationListSchema = z.looseObject({
  data: z.array(notificationSchema),
  unread: z.number(),
});

/** PUT /notifications/{id}. */
export const notificationReadSchema = z.looseObject({ id: z.string(), read_at: z.string() });

export type Notification = z.infer<typeof notificationSchema>;
export type NotificationList = z.infer<typeof notificationListSchema>;
export type NotificationRead = z.infer<typeof notificationReadSchema>;
