/** Callback data of `/settings`: `action:accountId:arg…`, every argument a number (`onTap` insists). */
import { callbackData, callbackPattern } from '../../callback-data.js';

const ACTIONS = {
  /** The settings card (Refresh taps it again). */
  card: 'se',
  /** 0 or 1: the value `subscribe` is to get. */
  subscribe: 'ses',
  /** 0 or 1: the value `notifications_subscribe` is to get. */
  notifications: 'sen',
  rename: 'ser',
  visitCard: 'sev',
  /** page: sounds to choose the audio visit card from. */
  visitAudioPage: 'sevp',
  /** soundId */
  visitAudioSet: 'seva',
  visitText: 'sevt',
  /** VISIT_CARD code: asks, then removes. */
  visitDelete: 'sevd',
  visitDeleteYes: 'sevx',
  /** page */
  confirmedNumbers: 'sec',
} as const;

export type SettingsAction = keyof typeof ACTIONS;

export const settingsData = (action: SettingsAction, accountId: string, ...args: number[]): string => callbackData(ACTIONS[action], accountId, ...args);

export const settingsPattern = (action: SettingsAction, args: number): RegExp => callbackPattern(ACTIONS[action], args + 1);

/** The two visit cards as numbers for callback data, and their names in the contract. */
export const VISIT_CARDS = ['visit_card_audio', 'visit_card_text'] as const;
