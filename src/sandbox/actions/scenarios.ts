/**
 * Interactive scenarios. The contract passes the scenario as a JSON string and leaves its structure to the
 * portal's editor; the sandbox requires a JSON object and reads only what it needs from it: the number of steps
 * (every object with a `type`) for the cost estimate, and steps of type `record`, which leave voice answers.
 */
import { z } from 'zod';
import { roundMoney } from '../core/money.js';
import { DENIAL_COMMENT, violatesRules } from '../domain/moderation-rules.js';
import { TARIFFS } from '../domain/tariffs.js';
import type { Ctx } from '../state/context.js';
import { notify } from '../state/notify.js';
import type { ScenarioRecord } from '../state/records.js';
import { ErrorBag, invalid, notFound, ok, type Result } from './result.js';
import { IN_USE_MESSAGE, scenarioInActiveUse } from './usage.js';

export const createScenarioInput = z.object({
  name: z.string(),
  data: z.string(),
  client_id: z.string().optional(),
});
export const updateScenarioInput = z.object({
  name: z.string().optional(),
  data: z.string().optional(),
  client_id: z.string().optional(),
});

const MODERATION_MS = 120_000;
const jsonObject = z.record(z.string(), z.unknown());

interface Structure {
  data: Record<string, unknown>;
  steps: number;
  recordSteps: number;
}

function countSteps(node: unknown, counts: { steps: number; records: number }): void {
  if (Array.isArray(node)) {
    for (const item of node) countSteps(item, counts);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const type = (node as Record<string, unknown>)['type'];
  if (typeof type === 'string') {
    counts.steps++;
    if (type === 'record') counts.records++;
  }
  for (const value of Object.values(node)) countSteps(value, counts);
}

function parseStructure(bag: ErrorBag, source: string): Structure | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    parsed = undefined;
  }
  const data = jsonObject.safeParse(parsed);
  if (!data.success) {
    bag.add('data', 'Поле data должно быть JSON-строкой с объектом сценария.');
    return null;
  }
  const counts = { steps: 0, records: 0 };
  countSteps(data.data, counts);
  return { data: data.data, steps: Math.max(1, counts.steps), recordSteps: counts.records };
}

/** Seconds one call through the scenario can last: a greeting plus a quarter minute per step. */
export function scenarioSeconds(scenario: ScenarioRecord): number {
  return 20 + 15 * scenario.steps;
}

function applyStructure(ctx: Ctx, scenario: ScenarioRecord, source: string, structure: Structure): void {
  scenario.source = source;
  scenario.data = structure.data;
  scenario.steps = structure.steps;
  scenario.recordSteps = structure.recordSteps;
  scenario.maxCost = roundMoney(scenarioSeconds(scenario) * TARIFFS[ctx.account.tariff].callPrice);
  scenario.moderation = 'moderation';
  scenario.confirmedAt = null;
  scenario.comment = null;
  scenario.reviewAt = ctx.now + MODERATION_MS;
  ctx.account.schedule(scenario.reviewAt, { kind: 'scenario-moderated', scenarioId: scenario.id });
}

export function createScenario(ctx: Ctx, input: z.infer<typeof createScenarioInput>): Result<ScenarioRecord> {
  const bag = new ErrorBag();
  const structure = parseStructure(bag, input.data);
  if (!structure) return bag.failure();
  const scenario: ScenarioRecord = {
    id: ctx.world.nextId('scenario'),
    clientId: input.client_id ?? null,
    name: input.name,
    data: {},
    source: '',
    steps: 0,
    recordSteps: 0,
    reviewAt: ctx.now,
    maxCost: 0,
    moderation: 'moderation',
    comment: null,
    confirmedAt: null,
    used: 0,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  applyStructure(ctx, scenario, input.data, structure);
  ctx.account.scenarios.set(scenario.id, scenario);
  return ok(scenario);
}

/** Editing the structure sends the scenario back to moderation. */
export function updateScenario(ctx: Ctx, id: number, input: z.infer<typeof updateScenarioInput>): Result<ScenarioRecord> {
  const scenario = ctx.account.scenarios.get(id);
  if (!scenario) return notFound;
  const bag = new ErrorBag();
  const structure = input.data === undefined ? null : parseStructure(bag, input.data);
  if (!bag.empty) return bag.failure();
  if (input.name !== undefined) scenario.name = input.name;
  if (input.client_id !== undefined) scenario.clientId = input.client_id;
  if (structure && input.data !== undefined) applyStructure(ctx, scenario, input.data, structure);
  scenario.updatedAt = ctx.now;
  return ok(scenario);
}

export function deleteScenario(ctx: Ctx, id: number): Result<null> {
  if (!ctx.account.scenarios.has(id)) return notFound;
  if (scenarioInActiveUse(ctx.account, id)) {
    return invalid('id', IN_USE_MESSAGE);
  }
  ctx.account.scenarios.delete(id);
  return ok(null);
}

/** Life: moderators reviewed the scenario. */
export function moderateScenario(ctx: Ctx, scenarioId: number): void {
  const scenario = ctx.account.scenarios.get(scenarioId);
  if (!scenario || scenario.moderation !== 'moderation' || scenario.reviewAt > ctx.now) return;
  const denied = violatesRules(scenario.name, scenario.source);
  scenario.moderation = denied ? 'denied' : 'confirmed';
  scenario.comment = denied ? DENIAL_COMMENT : null;
  scenario.confirmedAt = denied ? null : ctx.now;
  scenario.updatedAt = ctx.now;
  notify(ctx, 'ScenarioConfirmed', { id: scenario.id, name: scenario.name, confirmed: !denied, comment: scenario.comment });
}
