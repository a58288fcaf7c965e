/** Callback data of `/scenarios`: `action:accountId:arg…` (arguments are numbers). */
import { callbackData, callbackPattern } from '../../callback-data.js';

const ACTIONS = {
  /** page */
  page: 'scnp',
  /** scenarioId */
  card: 'scn',
  json: 'scnj',
  rename: 'scnr',
  replace: 'scnu',
  delete: 'scnd',
  deleteYes: 'scny',
  /** no arguments: a new scenario from a file */
  create: 'scnc',
} as const;

type Action = keyof typeof ACTIONS;

export const scenarioData = (action: Action, accountId: string, ...args: number[]): string => callbackData(ACTIONS[action], accountId, ...args);

export const scenarioPattern = (action: Action, args: number): RegExp => callbackPattern(ACTIONS[action], args + 1);
