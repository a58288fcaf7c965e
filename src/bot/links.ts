/**
 * Buttons that cross from one feature into another (a list card's "Call this list", an alert's "Open", a 402's
 * "Top up"). Each link's data format has its home here; the owning feature registers the handler with the
 * matching pattern, and re-checks the role and the account on the server like for any tap.
 * All ids are short (account ids ≤ 12 chars, AutoCall ids are integers), so every link fits in 64 bytes.
 */
import { callbackData, callbackPattern } from './callback-data.js';

type Id = string | number;

export const links = {
  /** Main menu (no account: the menu shows the viewer's current one). */
  menu: () => 'menu',
  /** `/tariffs`: public, so no account. */
  tariffs: () => 'tf',
  /** Wizards. */
  newList: (accountId: string) => callbackData('nl', accountId),
  appendToList: (accountId: string, listId: Id) => callbackData('nla', accountId, listId),
  newSound: (accountId: string) => callbackData('ns', accountId),
  newCall: (accountId: string) => callbackData('nc', accountId),
  callList: (accountId: string, listId: Id) => callbackData('ncl', accountId, listId),
  callWithSound: (accountId: string, soundId: Id) => callbackData('ncs', accountId, soundId),
  callWithScenario: (accountId: string, scenarioId: Id) => callbackData('ncc', accountId, scenarioId),
  newSms: (accountId: string) => callbackData('nm', accountId),
  smsList: (accountId: string, listId: Id) => callbackData('nml', accountId, listId),
  topUp: (accountId: string) => callbackData('topup', accountId),
  topUpAmount: (accountId: string, amount: number) => callbackData('topupa', accountId, amount),
  verifyNumber: (accountId: string) => callbackData('vn', accountId),
  editCallSchedule: (accountId: string, autocallId: Id) => callbackData('esa', accountId, autocallId),
  editSmsSchedule: (accountId: string, bulkId: Id) => callbackData('esb', accountId, bulkId),
  /** Cards and actions of the menus. */
  campaign: (accountId: string, autocallId: Id) => callbackData('ac', accountId, autocallId),
  campaignRelaunch: (accountId: string, autocallId: Id) => callbackData('acr', accountId, autocallId),
  campaignExport: (accountId: string, autocallId: Id) => callbackData('acx', accountId, autocallId),
  bulk: (accountId: string, bulkId: Id) => callbackData('bk', accountId, bulkId),
  list: (accountId: string, listId: Id) => callbackData('ls', accountId, listId),
  sound: (accountId: string, soundId: Id) => callbackData('sd', accountId, soundId),
  /** The voice answers a call of an interactive campaign recorded: listen or transcribe each (the sounds feature). */
  callAnswers: (accountId: string, callId: Id) => callbackData('vaa', accountId, callId),
  callerIds: (accountId: string) => callbackData('cid', accountId),
  /** Relinking an account whose key AutoCall refused (handled by onboarding, which owns `relink:<accountId>`). */
  relink: (accountId: string) => callbackData('relink', accountId),
} as const;

/** Patterns for the owners' handlers: `ctx.match[1]` is the account id, `ctx.match[2]` the item id or amount. */
export const linkPatterns = {
  newList: callbackPattern('nl', 1),
  appendToList: callbackPattern('nla', 2),
  newSound: callbackPattern('ns', 1),
  newCall: callbackPattern('nc', 1),
  callList: callbackPattern('ncl', 2),
  callWithSound: callbackPattern('ncs', 2),
  callWithScenario: callbackPattern('ncc', 2),
  newSms: callbackPattern('nm', 1),
  smsList: callbackPattern('nml', 2),
  topUp: callbackPattern('topup', 1),
  topUpAmount: callbackPattern('topupa', 2),
  verifyNumber: callbackPattern('vn', 1),
  editCallSchedule: callbackPattern('esa', 2),
  editSmsSchedule: callbackPattern('esb', 2),
  campaign: callbackPattern('ac', 2),
  campaignRelaunch: callbackPattern('acr', 2),
  campaignExport: callbackPattern('acx', 2),
  bulk: callbackPattern('bk', 2),
  list: callbackPattern('ls', 2),
  sound: callbackPattern('sd', 2),
  callAnswers: callbackPattern('vaa', 2),
  callerIds: callbackPattern('cid', 1),
  tariffs: /^tf$/,
  relink: callbackPattern('relink', 1),
} as const;
