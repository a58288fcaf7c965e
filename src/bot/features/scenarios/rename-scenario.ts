/** What the rename wizard needs to rename a scenario. */
import type { Renamable } from '../../../conversations/rename/rename-wizard.js';
import { loadScenarioCard } from './scenario-card.js';

export const scenarioRenamable: Renamable = {
  id: 'rename-scenario',
  titleKey: 'scenario-rename-title',
  promptKey: 'scenario-rename-prompt',
  auditAction: 'scenario.rename',
  async currentName(ctx, granted, scenarioId) {
    return (await (await ctx.deps.apis.forAccount(granted.account)).scenarios.get(scenarioId)).name;
  },
  async rename(ctx, granted, scenarioId, name) {
    await (await ctx.deps.apis.forAccount(granted.account)).scenarios.update(scenarioId, { name });
  },
  card: loadScenarioCard,
};
