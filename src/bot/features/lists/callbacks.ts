/**
 * Callback data of `/lists`: `action:accountId:arg…` (arguments are numbers). The card itself is `links.list`,
 * because other features open it too; append, call and SMS are other features' links.
 */
import { callbackData, callbackPattern } from '../../callback-data.js';

const ACTIONS = {
  /** page */
  page: 'lsp',
  /** listId, page */
  contacts: 'lsc',
  /** listId, contactId, page */
  contact: 'lsk',
  contactDelete: 'lskd',
  contactDeleteYes: 'lsky',
  /** listId */
  nonexistent: 'lsn',
  nonexistentDelete: 'lsnd',
  nonexistentKeep: 'lsni',
  export: 'lsx',
  delete: 'lsd',
  deleteYes: 'lsdy',
  rename: 'lsr',
} as const;

type Action = keyof typeof ACTIONS;

export const listData = (action: Action, accountId: string, ...args: number[]): string => callbackData(ACTIONS[action], accountId, ...args);

export const listPattern = (action: Action, args: number): RegExp => callbackPattern(ACTIONS[action], args + 1);
