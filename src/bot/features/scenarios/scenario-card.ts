/**
 * A scenario's card: moderation (the comment when denied), what one call can cost, use, and a readable outline of
 * its structure; the whole structure as a JSON file for everyone; rename, replace from a file and delete for
 * editors; use in a campaign for those who launch them, unless the moderators denied it.
 */
import { InlineKeyboard } from 'grammy';
import type { ScenarioDetail } from '../../../api/index.js';
import type { CardView } from '../../../conversations/rename/rename-wizard.js';
import { formatCount, formatMoney } from '../../../domain/format/index.js';
import { escapeHtml, MESSAGE_MAX_LENGTH, truncateHtml } from '../../../domain/text/index.js';
import { showApiDate } from '../../api-dates.js';
import type { Granted } from '../../auth/guarded-tap.js';
import { roleAllows } from '../../auth/permissions.js';
import type { BotContext } from '../../context.js';
import { links } from '../../links.js';
import { scenarioModeration } from '../sounds/moderation.js';
import { scenarioData } from './callbacks.js';
import { scenarioOutline } from './outline.js';
import { scenarioStateLine } from './scenarios-view.js';

/** Lines of the outline a card shows; a card is one message, and the JSON file has the rest. */
const OUTLINE_LINES = 30;

function outlineHtml(ctx: BotContext, data: ScenarioDetail['data']): string {
  const outline = scenarioOutline(data ?? {}, OUTLINE_LINES);
  if (outline.lines.length === 0) return ctx.t('scenario-outline-empty');
  const body = outline.lines.map((line) => escapeHtml(`${'  '.repeat(line.depth)}${line.text}`)).join('\n');
  const more = outline.omitted > 0 ? `\n${ctx.t('scenario-outline-more', { count: outline.omitted })}` : '';
  return `<pre>${body}</pre>${more}`;
}

export function scenarioCardView(ctx: BotContext, granted: Granted, scenario: ScenarioDetail, noticeHtml = ''): CardView {
  const accountId = granted.account.id;
  const lang = ctx.viewer.lang;
  const text = ctx.t('scenario-card', {
    name: scenario.name,
    stateHtml: scenarioStateLine(ctx, scenario),
    cost: formatMoney(scenario.max_cost, lang),
    used: formatCount(scenario.used, lang),
    created: showApiDate(scenario.created_at, lang),
    outlineHtml: outlineHtml(ctx, scenario.data),
  });
  const keyboard = new InlineKeyboard().text(ctx.t('scenario-btn-json'), scenarioData('json', accountId, scenario.id)).row();
  if (roleAllows(granted.role, 'content.edit')) {
    keyboard.text(ctx.t('scenario-btn-rename'), scenarioData('rename', accountId, scenario.id)).text(ctx.t('scenario-btn-replace'), scenarioData('replace', accountId, scenario.id)).row();
    keyboard.text(ctx.t('scenario-btn-delete'), scenarioData('delete', accountId, scenario.id)).row();
  }
  if (roleAllows(granted.role, 'campaign.launch') && scenarioModeration(scenario) !== 'denied') {
    keyboard.text(ctx.t('scenario-btn-call'), links.callWithScenario(accountId, scenario.id)).row();
  }
  keyboard.text(ctx.t('scenario-btn-all'), scenarioData('page', accountId, 0));
  return { text: truncateHtml(noticeHtml === '' ? text : `${noticeHtml}\n${text}`, MESSAGE_MAX_LENGTH), keyboard };
}

/** The card as AutoCall has the scenario now. */
export async function loadScenarioCard(ctx: BotContext, granted: Granted, scenarioId: number, noticeHtml = ''): Promise<CardView> {
  const api = await ctx.deps.apis.forAccount(granted.account);
  return scenarioCardView(ctx, granted, await api.scenarios.get(scenarioId), noticeHtml);
}
