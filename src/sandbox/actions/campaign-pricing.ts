/**
 * What calls and SMS cost on the account's tariff. Campaigns are priced twice with the same functions: at
 * creation for the maximum (every number answers and hears everything, the longer SMS text with the longest
 * variable values) and per call as calls finish, so the final cost never exceeds the reservation.
 */
import { roundMoney } from '../core/money.js';
import { fillTemplate, smsLength, worstCaseText } from '../domain/sms-segments.js';
import type { Tariff } from '../domain/tariffs.js';
import type { Variables } from '../state/records.js';

export function answeredCallCost(tariff: Tariff, seconds: number, recorded: boolean): number {
  return seconds * (tariff.callPrice + (recorded ? tariff.recordingPrice : 0));
}

export function smsCost(tariff: Tariff, text: string, variables: Variables | null): number {
  return smsLength(fillTemplate(text, variables)).segments * tariff.smsPrice;
}

/** Segments of the worst case of `text` over the recipients' variables. */
export function worstSegments(text: string, variables: Iterable<Variables | null>): number {
  return smsLength(worstCaseText(text, variables)).segments;
}

export interface CampaignPriceInput {
  tariff: Tariff;
  recipients: readonly { variables: Variables | null }[];
  /** Longest a call can bill, seconds. */
  callSeconds: number;
  record: boolean;
  /** SMS texts that may go to each number (only one of them does). */
  smsTexts: readonly string[];
}

export function maxCampaignCost(input: CampaignPriceInput): number {
  const variables = input.recipients.map((r) => r.variables);
  const segments = Math.max(0, ...input.smsTexts.map((text) => worstSegments(text, variables)));
  const perNumber = answeredCallCost(input.tariff, input.callSeconds, input.record) + segments * input.tariff.smsPrice;
  return roundMoney(perNumber * input.recipients.length);
}
