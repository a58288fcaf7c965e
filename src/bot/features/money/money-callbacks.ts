/** Callback data of the money views; every tap names its account and is re-checked on the server. */
import { callbackData, callbackPattern } from '../../callback-data.js';

export const moneyData = {
  balance: (accountId: string) => callbackData('mb', accountId),
  payments: (accountId: string, page: number) => callbackData('mp', accountId, page),
  dashboard: (accountId: string) => callbackData('md', accountId),
} as const;

export const moneyPatterns = {
  balance: callbackPattern('mb', 1),
  payments: callbackPattern('mp', 2),
  dashboard: callbackPattern('md', 1),
} as const;
