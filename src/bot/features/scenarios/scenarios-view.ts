/** The page of scenarios: name, the most one call through it can cost, and the moderation state. */
import { InlineKeyboard } from 'grammy';
import type { Scenario } from '../../../api/index.js';
import { formatCount, formatMoney } from '../../../domain/format/index.js';
import { truncateText } from '../../../domain/text/index.js';
import type { Granted } from '../../auth/guarded-tap.js';
import { roleAllows } from '../../auth/permissions.js';
import type { BotContext } from '../../context.js';
import { links } from '../../links.js';
import { addPager } from '../../pager.js';
import { PAGE_SIZE, type PageSlice } from '../../paging.js';
import type { View } from '../../show.js';
import { MODERATION_ICON, scenarioModeration } from '../sounds/moderation.js';
import { scenarioData } from './callbacks.js';

/** `✓ approved`, `⏳ on moderation`, `✗ denied: the moderator's comment`. */
export function scenarioStateLine(ctx: BotContext, scenario: Scenario): string {
  return ctx.t(`scenario-state-${scenarioModeration(scenario)}`, { comment: scenario.comment ?? '' });
}

export function scenariosView(ctx: BotContext, granted: Granted, slice: PageSlice<Scenario>, noticeHtml = ''): View {
  const accountId = granted.account.id;
  const lang = ctx.viewer.lang;
  const keyboard = new InlineKeyboard();
  const lines = slice.items.map((scenario, index) => {
    keyboard.text(`${MODERATION_ICON[scenarioModeration(scenario)]} ${truncateText(scenario.name, 40)}`, scenarioData('card', accountId, scenario.id)).row();
    return ctx.t('scenarios-row', {
      position: slice.page * PAGE_SIZE + index + 1,
      name: scenario.name,
      cost: formatMoney(scenario.max_cost, lang),
      stateHtml: scenarioStateLine(ctx, scenario),
    });
  });
  addPager(keyboard, slice, (page) => scenarioData('page', accountId, page));
  if (roleAllows(granted.role, 'content.edit')) keyboard.text(ctx.t('scenarios-btn-new'), scenarioData('create', accountId)).row();
  keyboard.text(ctx.t('btn-main-menu'), links.menu());
  const title =
    slice.total === 0 ? ctx.t('scenarios-empty') : ctx.t('scenarios-title', { total: formatCount(slice.total, lang), page: slice.page + 1, pages: slice.pages });
  return { text: [noticeHtml, title, ...lines].filter((part) => part !== '').join('\n'), keyboard };
}
