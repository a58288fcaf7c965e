/**
 * What the audit log view shows: a page, optionally one action and one person. All of it travels in the buttons
 * (`au:<account>:<page>:<person>:<action>`, 0 and empty meaning "all") and is re-read from them on every tap.
 */
import { callbackData, callbackPattern } from '../../callback-data.js';

export interface AuditFilter {
  action: string | null;
  actorId: number | null;
}

export const NO_FILTER: AuditFilter = { action: null, actorId: null };

/** Action names as features write them (`flash.send`); anything else in a button is stale or forged. */
const ACTION = /^[a-z0-9][a-z0-9._-]{0,39}$/;
const ACTOR = /^\d{1,15}$/;

export const auditButtons = {
  page: (accountId: string, page: number, filter: AuditFilter) => callbackData('au', accountId, page, filter.actorId ?? 0, filter.action ?? ''),
  /** Choose the action, keeping the person. */
  pickAction: (accountId: string, filter: AuditFilter) => callbackData('aua', accountId, filter.actorId ?? 0),
  /** Choose the person, keeping the action. */
  pickPerson: (accountId: string, filter: AuditFilter) => callbackData('aup', accountId, filter.action ?? ''),
  export: (accountId: string, filter: AuditFilter) => callbackData('aux', accountId, filter.actorId ?? 0, filter.action ?? ''),
} as const;

export const auditPatterns = {
  page: callbackPattern('au', 4),
  pickAction: callbackPattern('aua', 2),
  pickPerson: callbackPattern('aup', 2),
  export: callbackPattern('aux', 3),
} as const;

/** Whether an action name can ride in a button (actions are short; a long one is shown but not offered as filter). */
export function isFilterableAction(action: string): boolean {
  return ACTION.test(action);
}

/** The filter named by a button's person and action parts; null when either is malformed. */
export function filterFrom(rawActor: string, rawAction: string): AuditFilter | null {
  if (!ACTOR.test(rawActor) || (rawAction !== '' && !ACTION.test(rawAction))) return null;
  const actorId = Number(rawActor);
  return { actorId: actorId === 0 ? null : actorId, action: rawAction === '' ? null : rawAction };
}
