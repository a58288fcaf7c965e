/**
 * `/scenarios`: interactive scenarios a page at a time with their moderation state, a scenario's card with a
 * readable outline of its structure, the structure as a JSON file, a new scenario or a new structure from an
 * uploaded JSON file (a wizard), rename, delete (confirmed), and "Use in a campaign". Viewers read; `content.edit`
 * changes; every tap is re-checked on the server.
 */
import { Composer, InputFile } from 'grammy';
import { SCENARIO_UPLOAD_WIZARD, type ScenarioUploadArgs, scenarioUploadConversation } from '../../../conversations/scenario-upload/scenario-upload-wizard.js';
import { onTap } from '../../auth/guarded-tap.js';
import { contentOpener, registerContentTaps } from '../../content-menu.js';
import type { BotContext } from '../../context.js';
import { safeFileName } from '../../file-names.js';
import type { Feature } from '../feature.js';
import { scenarioPattern } from './callbacks.js';
import { scenarioKind } from './scenario-kind.js';

const composer = new Composer<BotContext>();

async function enterUpload(ctx: BotContext, args: ScenarioUploadArgs): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(SCENARIO_UPLOAD_WIZARD, args);
}

/** `/scenarios` and the main menu's entry: the first page. */
export const openScenarios = contentOpener(scenarioKind);

composer.command('scenarios', openScenarios);

const renameWizard = registerContentTaps(composer, scenarioKind);

onTap(composer, scenarioPattern('json', 1), 'view', async (ctx, granted, [scenarioId = 0]) => {
  const scenario = await (await ctx.deps.apis.forAccount(granted.account)).scenarios.get(scenarioId);
  await ctx.answerCallbackQuery();
  const json = Buffer.from(`${JSON.stringify(scenario.data ?? {}, null, 2)}\n`, 'utf8');
  await ctx.replyWithDocument(new InputFile(json, `${safeFileName(scenario.name, `scenario-${scenario.id}`)}.json`), {
    caption: ctx.t('scenario-json-caption', { name: scenario.name }),
    parse_mode: 'HTML',
  });
});

onTap(composer, scenarioPattern('create', 0), 'content.edit', (ctx, granted) => enterUpload(ctx, { accountId: granted.account.id, scenarioId: null }));

onTap(composer, scenarioPattern('replace', 1), 'content.edit', (ctx, granted, [scenarioId = 0]) => enterUpload(ctx, { accountId: granted.account.id, scenarioId }));

export const scenariosFeature: Feature = {
  name: 'scenarios',
  composer,
  wizards: [renameWizard, { id: SCENARIO_UPLOAD_WIZARD, builder: scenarioUploadConversation }],
  menu: [{ labelKey: 'menu-scenarios', permission: 'view', open: openScenarios }],
  commands: [{ command: 'scenarios', permission: 'view', scopes: ['private'] }],
};
