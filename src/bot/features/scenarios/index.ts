/**
 * `/scenarios`: interactive scenarios a page at a time with their moderation state, a scenario's card with a
 * readable outline of its structure, the structure as a JSON file, a new scenario or a new structure from an
 * uploaded JSON file (a wizard), rename, delete (confirmed), and "Use in a campaign". Viewers read; `content.edit`
 * changes; every tap is re-checked on the server.
 */
import { Composer, InputFile } from 'grammy';
import { enterRename, renameWizard } from '../../../conversations/rename/rename-wizard.js';
import { SCENARIO_UPLOAD_WIZARD, type ScenarioUploadArgs, scenarioUploadConversation } from '../../../conversations/scenario-upload/scenario-upload-wizard.js';
import { apiPageOf } from '../../api-pages.js';
import { accessToCurrent, refuse } from '../../auth/guard.js';
import { type Granted, onTap } from '../../auth/guarded-tap.js';
import type { BotContext } from '../../context.js';
import { isRefusal, serverReason } from '../../errors/server-reason.js';
import { safeFileName } from '../../file-names.js';
import { recordAction } from '../../record-action.js';
import { show, type View } from '../../show.js';
import type { Feature } from '../feature.js';
import { scenarioPattern } from './callbacks.js';
import { scenarioRenamable } from './rename-scenario.js';
import { loadScenarioCard, scenarioDeleteView } from './scenario-card.js';
import { scenariosView } from './scenarios-view.js';

const composer = new Composer<BotContext>();

const scenariosOf = async (ctx: BotContext, granted: Granted) => (await ctx.deps.apis.forAccount(granted.account)).scenarios;

async function scenariosPage(ctx: BotContext, granted: Granted, page: number, noticeHtml = ''): Promise<View> {
  const scenarios = await scenariosOf(ctx, granted);
  return scenariosView(ctx, granted, await apiPageOf((apiPage) => scenarios.list({ page: apiPage }), page), noticeHtml);
}

async function enterUpload(ctx: BotContext, args: ScenarioUploadArgs): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(SCENARIO_UPLOAD_WIZARD, args);
}

export async function openScenarios(ctx: BotContext): Promise<void> {
  const access = accessToCurrent(ctx, 'view');
  if (!access.ok) return refuse(ctx, access, 'view');
  await show(ctx, await scenariosPage(ctx, access, 0));
}

composer.command('scenarios', openScenarios);

onTap(composer, scenarioPattern('page', 1), 'view', async (ctx, granted, [page = 0]) => show(ctx, await scenariosPage(ctx, granted, page)));

onTap(composer, scenarioPattern('card', 1), 'view', async (ctx, granted, [scenarioId = 0]) => show(ctx, await loadScenarioCard(ctx, granted, scenarioId)));

onTap(composer, scenarioPattern('json', 1), 'view', async (ctx, granted, [scenarioId = 0]) => {
  const scenario = await (await scenariosOf(ctx, granted)).get(scenarioId);
  await ctx.answerCallbackQuery();
  const json = Buffer.from(`${JSON.stringify(scenario.data ?? {}, null, 2)}\n`, 'utf8');
  await ctx.replyWithDocument(new InputFile(json, `${safeFileName(scenario.name, `scenario-${scenario.id}`)}.json`), {
    caption: ctx.t('scenario-json-caption', { name: scenario.name }),
    parse_mode: 'HTML',
  });
});

onTap(composer, scenarioPattern('create', 0), 'content.edit', (ctx, granted) => enterUpload(ctx, { accountId: granted.account.id, scenarioId: null }));

onTap(composer, scenarioPattern('replace', 1), 'content.edit', (ctx, granted, [scenarioId = 0]) => enterUpload(ctx, { accountId: granted.account.id, scenarioId }));

onTap(composer, scenarioPattern('rename', 1), 'content.edit', (ctx, granted, [scenarioId = 0]) =>
  enterRename(ctx, scenarioRenamable, { accountId: granted.account.id, itemId: scenarioId }),
);

onTap(composer, scenarioPattern('delete', 1), 'content.edit', async (ctx, granted, [scenarioId = 0]) => {
  await show(ctx, scenarioDeleteView(ctx, granted, await (await scenariosOf(ctx, granted)).get(scenarioId)));
});

onTap(composer, scenarioPattern('deleteYes', 1), 'content.edit', async (ctx, granted, [scenarioId = 0]) => {
  const scenarios = await scenariosOf(ctx, granted);
  const scenario = await scenarios.get(scenarioId);
  const target = `#${scenarioId} «${scenario.name}»`;
  try {
    await scenarios.delete(scenarioId);
  } catch (error) {
    if (!isRefusal(error)) throw error;
    const reason = serverReason(error);
    await recordAction(ctx, granted.account.id, 'scenario.delete', target, reason);
    return show(ctx, await loadScenarioCard(ctx, granted, scenarioId, ctx.t('scenario-delete-refused', { reason })));
  }
  await recordAction(ctx, granted.account.id, 'scenario.delete', target);
  await show(ctx, await scenariosPage(ctx, granted, 0, ctx.t('scenario-deleted', { name: scenario.name })));
});

export const scenariosFeature: Feature = {
  name: 'scenarios',
  composer,
  wizards: [renameWizard(scenarioRenamable), { id: SCENARIO_UPLOAD_WIZARD, builder: scenarioUploadConversation }],
  menu: [{ labelKey: 'menu-scenarios', permission: 'view', open: openScenarios }],
  commands: [{ command: 'scenarios', permission: 'view', scopes: ['private'] }],
};
