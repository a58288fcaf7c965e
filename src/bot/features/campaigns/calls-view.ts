/**
 * The calls of a campaign, a page of AutoCall's at a time (each number with its status and tries), and one call:
 * its tries with dates and outcomes, talk and call-back time, the scenario's answers, the contact's variables, and
 * the recording when the campaign recorded conversations.
 */
import { InlineKeyboard } from 'grammy';
import { callStatuses, type Autocall, type Call } from '../../../api/index.js';
import { formatCount, formatDuration } from '../../../domain/format/index.js';
import { escapeHtml } from '../../../domain/text/index.js';
import type { Account } from '../../../store/index.js';
import { callbackData } from '../../callback-data.js';
import type { BotContext } from '../../context.js';
import { A } from './actions.js';
import { answerLines, MAX_ANSWER_LINES } from './scenario-answers.js';
import type { PageSlice } from '../../paging.js';
import type { CampaignView } from './shared/campaign-view.js';
import { showApiDate } from '../../api-dates.js';
import { filterCode } from './shared/campaign-status.js';
import { recipientsPageView } from './shared/numbered-page.js';
import { phoneWithNote, variableLines } from './shared/recipient-lines.js';
import { LIST_START } from './shared/summary-list.js';

type CallStatus = (typeof callStatuses)[number];
const CALL_ICON: Record<CallStatus, string> = { in_queue: '🕓', success: '✅', recalled: '↩️', no_answer: '🔕', busy: '📵', error: '❌', spam: '🚫' };

function isCallStatus(status: string): status is CallStatus {
  return (callStatuses as readonly string[]).includes(status);
}

/** "success" in the person's language (plain text); an outcome newer than this bot as AutoCall sent it. */
export function callStatusLabel(ctx: BotContext, status: string): string {
  return isCallStatus(status) ? ctx.t(`call-status-${status}`) : status;
}

/** "✅ success" for HTML. */
export function callStatusText(ctx: BotContext, status: string): string {
  return isCallStatus(status) ? `${CALL_ICON[status]} ${callStatusLabel(ctx, status)}` : `❔ ${escapeHtml(status)}`;
}

/** A page of calls (from 0) as numbered lines, with a button per number and ‹ ›. */
export function callsPageView(ctx: BotContext, account: Account, autocall: Autocall, slice: PageSlice<Call>): CampaignView {
  return recipientsPageView(ctx, {
    slice,
    line: (call) => `${phoneWithNote(call)} — ${callStatusText(ctx, call.status)}`,
    open: (call) => callbackData(A.call, account.id, autocall.id, call.id, slice.page),
    pageData: (n) => callbackData(A.calls, account.id, autocall.id, n),
    name: autocall.name ?? `#${autocall.id}`,
    keys: { title: 'campaign-calls-title', empty: 'campaign-calls-empty' },
    back: { label: ctx.t('campaign-btn-back-to-card'), data: callbackData(A.card, account.id, autocall.id, filterCode(LIST_START.filter), LIST_START.page) },
  });
}

function triesLines(ctx: BotContext, call: Call): string[] {
  const dates = call.date_tries ?? [];
  const statuses = call.status_tries ?? [];
  return dates.map((date, index) => {
    const status = statuses[index];
    return `  ${index + 1}. ${escapeHtml(showApiDate(date, ctx.viewer.lang))}${status ? ` — ${callStatusText(ctx, status)}` : ''}`;
  });
}

function answersLines(ctx: BotContext, call: Call): string[] {
  const answers = answerLines(call.data);
  if (answers.length === 0) return [];
  const shown = answers.slice(0, MAX_ANSWER_LINES).map(({ path, value }) => `  • ${escapeHtml(path)}: ${escapeHtml(value)}`);
  if (answers.length > shown.length) shown.push(ctx.t('campaign-call-answers-more', { count: String(answers.length - shown.length) }));
  return [ctx.t('campaign-call-answers'), ...shown];
}

/** One call; `page` is the page of calls (from 0) it was opened from, for Back. */
export function callView(ctx: BotContext, account: Account, autocall: Autocall, call: Call, page: number): CampaignView {
  const lang = ctx.viewer.lang;
  const lines = [
    ctx.t('campaign-call-title', { numberHtml: phoneWithNote(call), name: autocall.name ?? `#${autocall.id}` }),
    ctx.t('campaign-call-status', { statusHtml: callStatusText(ctx, call.status) }),
  ];
  if (call.lock) lines.push(ctx.t('campaign-call-in-progress'));
  lines.push(ctx.t('campaign-call-tries', { tries: formatCount(call.tries, lang) }), ...triesLines(ctx, call));
  lines.push(ctx.t('campaign-call-durations', { talk: formatDuration(call.duration, lang), recall: formatDuration(call.r_duration, lang) }));
  lines.push(...answersLines(ctx, call), ...variableLines(ctx, call.variables));
  const keyboard = new InlineKeyboard();
  const recorded = autocall.record === true && call.duration > 0;
  if (recorded) keyboard.text(ctx.t('campaign-btn-recording'), callbackData(A.recording, account.id, call.id)).row();
  keyboard.text(ctx.t('campaign-btn-back-to-calls'), callbackData(A.calls, account.id, autocall.id, page));
  return { text: lines.join('\n'), keyboard };
}
