/** `/scenarios*`. */
import { notFound } from '../actions/result.js';
import {
  createScenario,
  createScenarioInput,
  deleteScenario,
  updateScenario,
  updateScenarioInput,
} from '../actions/scenarios.js';
import { paginate } from '../views/pagination.js';
import { apiUrl } from '../views/render-context.js';
import { scenarioDetailView, scenarioView } from '../views/scenarios.js';
import { idOf, json, noContent, pageOf, replyWith } from './reply.js';
import type { AccountHandler } from './types.js';

export const scenarioHandlers = {
  'get-scenarios': (req) => {
    const scenarios = [...req.ctx.account.scenarios.values()].reverse();
    return json(200, paginate(scenarios, pageOf(req), `${apiUrl(req.rc)}/scenarios`, scenarioView));
  },
  'post-scenarios': (req) =>
    replyWith(createScenario(req.ctx, createScenarioInput.parse(req.body)), (s) => json(201, scenarioView(s))),
  'get-scenarios-id': (req) => {
    const scenario = req.ctx.account.scenarios.get(idOf(req));
    return scenario ? json(200, scenarioDetailView(scenario)) : notFound;
  },
  'put-scenarios-id': (req) =>
    replyWith(updateScenario(req.ctx, idOf(req), updateScenarioInput.parse(req.body)), (s) =>
      json(200, scenarioDetailView(s)),
    ),
  'delete-scenarios-id': (req) => replyWith(deleteScenario(req.ctx, idOf(req)), () => noContent),
} satisfies Record<string, AccountHandler>;
