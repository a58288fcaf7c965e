import type { CallOptions } from '../client-options.js';
import type { Caller } from '../executor.js';
import { checked } from '../request-builder.js';
import { json, noContent } from '../response-readers.js';
import { pageQuery, type PageQuery } from '../schemas/primitives.js';
import {
  scenarioCreateBody,
  scenarioDetailSchema,
  scenarioPageSchema,
  scenarioSchema,
  scenarioUpdateBody,
  type ScenarioCreate,
  type ScenarioUpdate,
} from '../schemas/scenarios.js';
import { byId } from './shared.js';

/** Interactive scenarios (`/scenarios`). */
export function createScenariosApi(call: Caller) {
  return {
    list: (query: PageQuery = {}, options?: CallOptions) =>
      call(
        {
          operationId: 'get-scenarios',
          query: checked(pageQuery, query),
          read: json(scenarioPageSchema),
          retry: 'idempotent',
        },
        options,
      ),

    /** `data` is the scenario as a JSON string. Awaits moderation; never repeated automatically. */
    create: (body: ScenarioCreate, options?: CallOptions) =>
      call(
        {
          operationId: 'post-scenarios',
          body: checked(scenarioCreateBody, body),
          read: json(scenarioSchema),
          retry: 'never',
        },
        options,
      ),

    /** The scenario with its structure. */
    get: (id: number, options?: CallOptions) =>
      call(
        { operationId: 'get-scenarios-id', path: byId(id), read: json(scenarioDetailSchema), retry: 'idempotent' },
        options,
      ),

    update: (id: number, body: ScenarioUpdate, options?: CallOptions) =>
      call(
        {
          operationId: 'put-scenarios-id',
          path: byId(id),
          body: checked(scenarioUpdateBody, body),
          read: json(scenarioDetailSchema),
          retry: 'idempotent',
        },
        options,
      ),

    delete: (id: number, options?: CallOptions) =>
      call({ operationId: 'delete-scenarios-id', path: byId(id), read: noContent, retry: 'idempotent' }, options),
  };
}

export type ScenariosApi = ReturnType<typeof createScenariosApi>;
