/** Scenarios as the contract shows them. */
import { localDateTime } from '../core/almaty-time.js';
import type { ScenarioRecord } from '../state/records.js';

export function scenarioView(scenario: ScenarioRecord) {
  return {
    id: scenario.id,
    client_id: scenario.clientId,
    name: scenario.name,
    max_cost: scenario.maxCost,
    comment: scenario.comment,
    confirmed_at: scenario.confirmedAt === null ? null : localDateTime(scenario.confirmedAt),
    created_at: localDateTime(scenario.createdAt),
    updated_at: localDateTime(scenario.updatedAt),
    used: scenario.used,
  };
}

export function scenarioDetailView(scenario: ScenarioRecord) {
  return { ...scenarioView(scenario), data: scenario.data };
}
