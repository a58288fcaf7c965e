/** The scenario as the shared content menu sees it (page, card, rename, delete). */
import type { Scenario, ScenarioDetail } from '../../../api/index.js';
import type { ContentKind } from '../../content-menu.js';
import { scenarioData, scenarioPattern } from './callbacks.js';
import { scenarioCardView } from './scenario-card.js';
import { scenariosView } from './scenarios-view.js';

export const scenarioKind: ContentKind<ScenarioDetail, Scenario> = {
  kind: 'scenario',
  read: (api, id) => api.scenarios.get(id),
  rename: (api, id, name) => api.scenarios.update(id, { name }).then(() => undefined),
  remove: (api, id) => api.scenarios.delete(id),
  readPage: (api) => (apiPage) => api.scenarios.list({ page: apiPage }),
  pageView: scenariosView,
  card: scenarioCardView,
  deleteQuestion: (ctx, scenario) => ctx.t('scenario-delete-confirm', { name: scenario.name }),
  cardData: (accountId, id) => scenarioData('card', accountId, id),
  deleteYesData: (accountId, id) => scenarioData('deleteYes', accountId, id),
  patterns: {
    page: scenarioPattern('page', 1),
    card: scenarioPattern('card', 1),
    rename: scenarioPattern('rename', 1),
    delete: scenarioPattern('delete', 1),
    deleteYes: scenarioPattern('deleteYes', 1),
  },
};
