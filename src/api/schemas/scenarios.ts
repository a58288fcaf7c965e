import { z } from 'zod';
import { clientId, numberLike, pageOf, resourceName, timestamp } from './primitives.js';

// ── Responses ─────────────────────────────────────────────────────────────────────────────────

/** An interactive call scenario. */
export const scenarioSchema = z.looseObject({
  id: z.number(),
  client_id: z.string().nullable(),
  name: z.string(),
  /** Maximum cost of one call. */
  max_cost: numberLike,
  comment: z.string().nullable(),
  confirmed_at: z.string().nullable().optional(),
  created_at: timestamp,
  updated_at: timestamp,
  used: z.number(),
});

/** The scenario's structure: an object, or the JSON string it was sent as. */
const scenarioStructure = z.preprocess((value) => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}, z.record(z.string(), z.unknown()));

/** GET /scenarios/{id}: the scenario with its structure. */
export const scenarioDetailSchema = scenarioSchema.extend({ data: scenarioStructure.optional() });

export const scenarioPageSchema = pageOf(scenarioSchema);

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioDetail = z.infer<typeof scenarioDetailSchema>;

// ── Requests ──────────────────────────────────────────────────────────────────────────────────

/** The scenario travels as a JSON string (`json_encode`), so it must be one. */
const scenarioJson = z.string().refine((value) => {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}, 'must be the scenario encoded as a JSON string');

/** POST /scenarios. */
export const scenarioCreateBody = z.object({
  name: resourceName,
  data: scenarioJson,
  client_id: clientId(60).optional(),
});

/** PUT /scenarios/{id}. */
export const scenarioUpdateBody = z.object({
  name: resourceName.optional(),
  data: scenarioJson.optional(),
  client_id: clientId(60).optional(),
});

export type ScenarioCreate = z.input<typeof scenarioCreateBody>;
export type ScenarioUpdate = z.input<typeof scenarioUpdateBody>;
