/**
 * Callback data of `/sounds`: `action:accountId:arg…` (arguments are numbers). The card is `links.sound` and a
 * call's voice answers `links.callAnswers`, because other features open them too.
 */
import { callbackData, callbackPattern } from '../../callback-data.js';

const ACTIONS = {
  /** page */
  page: 'sdp',
  /** soundId */
  listen: 'sdl',
  rename: 'sdr',
  delete: 'sdd',
  deleteYes: 'sddy',
  /** page of interactive campaigns */
  answerCampaigns: 'vap',
  /** autocallId, server page of its calls */
  answerCalls: 'vac',
  /** callId, answer index */
  answerDownload: 'vad',
  answerTranscript: 'vat',
  answerTranscriptYes: 'vaty',
} as const;

type Action = keyof typeof ACTIONS;

export const soundData = (action: Action, accountId: string, ...args: number[]): string => callbackData(ACTIONS[action], accountId, ...args);

export const soundPattern = (action: Action, args: number): RegExp => callbackPattern(ACTIONS[action], args + 1);
