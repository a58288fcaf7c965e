/**
 * A call campaign's card: status, schedule and window, type with its audio or scenario, progress, the outcome
 * counters, talk time, costs, the moderator's comment and the caller ID; with the actions the campaign's state and
 * the person's role allow. Every action re-checks both when tapped: the card may be minutes old.
 */
import type { InlineKeyboard } from 'grammy';
import { isAutocallError, type Autocall, type AutocallApi } from '../../../api/index.js';
import { formatCount, formatDuration, progressBar } from '../../../domain/format/index.js';
import { formatPhone } from '../../../domain/phone/index.js';
import { showApiDate } from '../../api-dates.js';
import { callbackData } from '../../callback-data.js';
import type { BotContext } from '../../context.js';
import { links } from '../../links.js';
import { A } from './actions.js';
import { statusText } from './shared/campaign-status.js';
import { cardKeyboard, costLine } from './shared/card-parts.js';
import type { CampaignView } from './shared/campaign-view.js';
import type { Granted } from '../../auth/guarded-tap.js';
import { calendarDate, clockTime } from './shared/dates.js';
import { formatPercent } from './shared/percent.js';
import type { ListPosition } from './shared/summary-list.js';

export interface CampaignDetails {
  autocall: Autocall;
  /** Names of its audio (regular) or its scenario (interactive); `#id` for one deleted since. */
  content: string[];
}

async function nameOr(id: number | string, read: (id: number) => Promise<{ name: string }>): Promise<string> {
  if (typeof id !== 'number') return id;
  try {
    return (await read(id)).name;
  } catch (error) {
    if (isAutocallError(error) && error.kind === 'not_found') return `#${id}`;
    throw error;
  }
}

/** The campaign and the names of what it plays. */
export async function loadCampaign(api: AutocallApi, id: number): Promise<CampaignDetails> {
  const autocall = await api.autocalls.get(id);
  const content =
    autocall.type === 'interactive'
      ? autocall.scenario_id
        ? [await nameOr(autocall.scenario_id, (scenarioId) => api.scenarios.get(scenarioId))]
        : []
      : await Promise.all((autocall.audio_id ?? []).map((audioId) => nameOr(audioId, (soundId) => api.sounds.get(soundId))));
  return { autocall, content };
}

function counterLines(ctx: BotContext, autocall: Autocall): string[] {
  const lang = ctx.viewer.lang;
  const counters = autocall.counters ?? {};
  const total = autocall.calls_count ?? counters.total ?? 0;
  const processed = autocall.processed ?? 0;
  const percent = autocall.processed_percentage ?? (total === 0 ? 0 : (processed / total) * 100);
  return [
    ctx.t('campaign-card-progress', {
      bar: progressBar(percent / 100),
      percent: formatPercent(percent, lang),
      processed: formatCount(processed, lang),
      total: formatCount(total, lang),
    }),
    ctx.t('campaign-card-counters', {
      success: formatCount(counters.success ?? 0, lang),
      successPercent: formatPercent(counters.success_percentage, lang),
      recalled: formatCount(counters.recalled ?? 0, lang),
      noAnswer: formatCount(counters.no_answer ?? 0, lang),
      busy: formatCount(counters.busy ?? 0, lang),
      error: formatCount(counters.error ?? 0, lang),
      spam: formatCount(counters.spam ?? 0, lang),
    }),
    ctx.t('campaign-card-talk', { talk: formatDuration(counters.duration ?? 0, lang) }),
  ];
}

function cardText(ctx: BotContext, { autocall, content }: CampaignDetails): string {
  const lang = ctx.viewer.lang;
  const contentNames = content.length > 0 ? content.join(', ') : '—';
  const lines = [
    ctx.t('campaign-card-title', { name: autocall.name ?? '', id: String(autocall.id) }),
    ctx.t('campaign-card-status', { status: statusText(ctx, autocall.status) }),
    autocall.type === 'interactive'
      ? ctx.t('campaign-card-type-interactive', { scenario: contentNames })
      : ctx.t('campaign-card-type-regular', { audio: contentNames }),
    ctx.t('campaign-card-schedule', { date: calendarDate(autocall.date_from, lang), from: clockTime(autocall.time_from), to: clockTime(autocall.time_to) }),
    ctx.t('campaign-card-tries', { tries: String(autocall.max_tries ?? 1), interval: String(autocall.tries_interval ?? 0) }),
    autocall.caller_id ? ctx.t('campaign-card-caller-id', { callerId: formatPhone(autocall.caller_id) }) : ctx.t('campaign-card-caller-id-pool'),
  ];
  if (autocall.record) lines.push(ctx.t('campaign-card-recorded'));
  lines.push('', ...counterLines(ctx, autocall), '');
  lines.push(costLine(ctx, autocall));
  if (autocall.finished_at) lines.push(ctx.t('campaign-card-finished', { at: showApiDate(autocall.finished_at, lang) }));
  if (autocall.comment) lines.push(ctx.t('campaign-card-comment', { comment: autocall.comment }));
  return lines.join('\n');
}

function campaignKeyboard(ctx: BotContext, granted: Granted, autocall: Autocall, back: ListPosition): InlineKeyboard {
  const accountId = granted.account.id;
  const relaunch = autocall.status === 'completed' ? [{ label: ctx.t('campaign-btn-relaunch'), data: links.campaignRelaunch(accountId, autocall.id) }] : [];
  return cardKeyboard(
    ctx,
    granted,
    {
      campaign: autocall,
      actions: { card: A.card, list: A.list, deleteAsk: A.deleteAsk },
      recipients: { label: ctx.t('campaign-btn-calls'), data: callbackData(A.calls, accountId, autocall.id, 0) },
      exportData: links.campaignExport(accountId, autocall.id),
      editSchedule: links.editCallSchedule(accountId, autocall.id),
      launcherExtras: relaunch,
    },
    back,
  );
}

export function campaignCardView(ctx: BotContext, granted: Granted, details: CampaignDetails, back: ListPosition): CampaignView {
  return { text: cardText(ctx, details), keyboard: campaignKeyboard(ctx, granted, details.autocall, back) };
}
