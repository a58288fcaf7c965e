/**
 * `/dashboard`: campaigns running and waiting, the call queue, money, the week and all time — as a photo of the
 * week's chart with the figures in its caption. A photo cannot become a text message or back, so the dashboard is
 * its own message: 🔄 sends a fresh one and removes the old, keeping one live dashboard in the chat.
 */
import { InlineKeyboard, InputFile } from 'grammy';
import type { AutocallApi, Dashboard, DayActivity } from '../../../api/index.js';
import { renderStackedBarPng } from '../../../domain/chart/index.js';
import { formatCount, formatMoney } from '../../../domain/format/index.js';
import { replyThreadOptions } from '../../auth/guard.js';
import type { BotContext } from '../../context.js';
import type { Language } from '../../i18n.js';
import { moneyData } from './money-callbacks.js';
import { CALL_OUTCOMES, type CallOutcome, weekChart } from './week-chart.js';

function weekTotals(week: Readonly<Record<string, DayActivity>>): { all: number; success: number } {
  const days = Object.values(week);
  return { all: days.reduce((sum, day) => sum + (day.all ?? 0), 0), success: days.reduce((sum, day) => sum + (day.success ?? 0), 0) };
}

function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}

function outcomeName(ctx: BotContext, outcome: CallOutcome): string {
  return ctx.t(`money-outcome-${outcome.replace('_', '-')}`);
}

export function dashboardCaption(ctx: BotContext, account: { name: string }, dashboard: Dashboard): string {
  const lang: Language = ctx.viewer.lang;
  const week = weekTotals(dashboard.week_activity);
  const full = dashboard.full_activity;
  const outcomes = CALL_OUTCOMES.map(([outcome]) => `${outcomeName(ctx, outcome)}: ${formatCount(full[outcome] ?? 0, lang)}`).join(' · ');
  return ctx.t('money-dashboard', {
    account: account.name,
    active: formatCount(dashboard['running&awaiting'], lang),
    queue: formatCount(dashboard.in_queue, lang),
    balance: formatMoney(dashboard.balance, lang),
    reserved: formatMoney(dashboard.reserved, lang),
    weekCalls: formatCount(week.all, lang),
    weekSuccess: formatCount(week.success, lang),
    weekPercent: percent(week.success, week.all),
    allCalls: formatCount(full.all ?? 0, lang),
    outcomes,
  });
}

/** The week's chart as PNG bytes, in the person's language. */
export function dashboardChart(ctx: BotContext, dashboard: Dashboard): Promise<Buffer> {
  const chart = weekChart(dashboard.week_activity, { title: ctx.t('money-chart-title'), outcome: (outcome) => outcomeName(ctx, outcome) }, ctx.viewer.lang);
  return renderStackedBarPng(chart);
}

/** Sends the dashboard as a new photo; a dashboard tapped for a refresh is removed once the new one is there. */
export async function sendDashboard(ctx: BotContext, account: { id: string; name: string }, api: AutocallApi): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  await ctx.replyWithChatAction('upload_photo').catch(() => undefined);
  const dashboard = await api.dashboard.get();
  const png = await dashboardChart(ctx, dashboard);
  await ctx.replyWithPhoto(new InputFile(png, 'dashboard.png'), {
    caption: dashboardCaption(ctx, account, dashboard),
    parse_mode: 'HTML',
    reply_markup: new InlineKeyboard().text(ctx.t('money-btn-refresh'), moneyData.dashboard(account.id)),
    ...replyThreadOptions(ctx),
  });
  const tapped = ctx.callbackQuery?.message;
  // Only an earlier dashboard goes; a text menu the tap came from stays as it is.
  if (tapped?.photo) await ctx.deleteMessage().catch((error: unknown) => ctx.log.info({ err: error }, 'could not remove the old dashboard'));
}
