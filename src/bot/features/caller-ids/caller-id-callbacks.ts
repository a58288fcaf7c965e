/**
 * Callback data of `/callerids`. The list itself is `links.callerIds` (alerts about an expiring rental open it
 * too); the rest are `action:accountId:arg…` with numeric arguments.
 */
import { callbackData, callbackPattern } from '../../callback-data.js';

const ACTIONS = {
  /** Starts the rent wizard. */
  rent: 'cir',
  /** rentalId: asks to confirm an early release. */
  releaseAsk: 'cix',
  /** rentalId: releases. */
  releaseYes: 'ciy',
} as const;

type Action = keyof typeof ACTIONS;

export const callerIdData = (action: Action, accountId: string, ...args: number[]): string => callbackData(ACTIONS[action], accountId, ...args);

export const callerIdPattern = (action: Action, args: number): RegExp => callbackPattern(ACTIONS[action], args + 1);
