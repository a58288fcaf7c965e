/** Call campaigns and calls as the contract shows them, with the counters the portal computes. */
import { localDateTime } from '../core/almaty-time.js';
import type { Account } from '../state/account.js';
import type { AutocallRecord, CallRecord } from '../state/records.js';
import { paginate } from './pagination.js';
import { apiUrl, type RenderContext } from './render-context.js';

export function callView(call: CallRecord) {
  return {
    id: call.id,
    autocall_id: call.autocallId,
    number: call.number,
    extra: call.extra,
    lock: false,
    tries: call.tries,
    date_tries: call.dateTries.length > 0 ? call.dateTries.map(localDateTime) : null,
    status_tries: call.statusTries.length > 0 ? call.statusTries : null,
    last_try_at: call.lastTryAt === null ? null : localDateTime(call.lastTryAt),
    duration: call.duration,
    r_duration: call.rDuration,
    status: call.status,
    data: call.data,
    variables: call.variables,
    created_at: localDateTime(call.createdAt),
    updated_at: localDateTime(call.updatedAt),
  };
}

export function autocallSummaryView(autocall: AutocallRecord) {
  return {
    id: autocall.id,
    client_id: autocall.clientId,
    name: autocall.name,
    date_from: autocall.dateFrom,
    time_from: autocall.timeFrom,
    time_to: autocall.timeTo,
    max_tries: autocall.maxTries,
    tries_interval: autocall.triesInterval,
    type: autocall.type,
    status: autocall.status,
    max_cost: autocall.maxCost,
    final_cost: autocall.finalCost,
    created_at: localDateTime(autocall.createdAt),
    updated_at: localDateTime(autocall.updatedAt),
  };
}

function percentage(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10000) / 100;
}

function counters(calls: readonly CallRecord[]) {
  const c = { success: 0, recalled: 0, no_answer: 0, busy: 0, error: 0, spam: 0, tries: 0, duration: 0 };
  for (const call of calls) {
    if (call.status !== 'in_queue') c[call.status]++;
    c.tries += call.tries;
    c.duration += call.duration;
  }
  return { success_percentage: percentage(c.success, calls.length), ...c, total: calls.length };
}

export function autocallDetailView(account: Account, autocall: AutocallRecord, page: number, rc: RenderContext) {
  const calls = autocall.callIds.flatMap((id) => account.calls.get(id) ?? []);
  const processed = calls.filter((call) => call.status !== 'in_queue').length;
  return {
    ...autocallSummaryView(autocall),
    sms: autocall.sms,
    sms_unanswered: autocall.smsUnanswered,
    text: autocall.text,
    text_unanswered: autocall.textUnanswered,
    audio_id: autocall.type === 'regular' ? autocall.audioIds : null,
    scenario_id: autocall.scenarioId,
    processed,
    speeches: autocall.speeches,
    lifetime: autocall.lifetime,
    record: autocall.record,
    comment: autocall.comment,
    callback_url: autocall.callbackUrl,
    caller_id: autocall.callerId,
    finished_at: autocall.finishedAt === null ? null : localDateTime(autocall.finishedAt),
    calls_count: calls.length,
    processed_percentage: percentage(processed, calls.length),
    counters: counters(calls),
    calls: paginate(calls, page, `${apiUrl(rc)}/autocalls/${autocall.id}`, callView),
  };
}
