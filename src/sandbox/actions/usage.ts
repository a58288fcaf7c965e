/** Whether a list, sound or scenario is part of a campaign that has not ended (and so cannot be deleted). */
import type { Account } from '../state/account.js';
import type { CampaignStatus } from '../state/records.js';

const ENDED: ReadonlySet<CampaignStatus> = new Set(['completed', 'denied']);

function* activeAutocalls(account: Account) {
  for (const autocall of account.autocalls.values()) if (!ENDED.has(autocall.status)) yield autocall;
  yield* account.acceptedAutocalls.values();
}

export function listInActiveUse(account: Account, listId: number): boolean {
  for (const autocall of activeAutocalls(account)) if (autocall.listIds.includes(listId)) return true;
  for (const bulk of account.bulks.values()) {
    if (!ENDED.has(bulk.status) && bulk.listIds.includes(listId)) return true;
  }
  return false;
}

export function soundInActiveUse(account: Account, soundId: number): boolean {
  for (const autocall of activeAutocalls(account)) if (autocall.audioIds.includes(soundId)) return true;
  return false;
}

export function scenarioInActiveUse(account: Account, scenarioId: number): boolean {
  for (const autocall of activeAutocalls(account)) if (autocall.scenarioId === scenarioId) return true;
  return false;
}

export const IN_USE_MESSAGE = 'Используется в обзвоне или рассылке, которые ещё не завершены.';
