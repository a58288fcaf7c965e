/**
 * A campaign's schedule as the edit wizard starts from it, read from AutoCall, or why it cannot be edited: only
 * campaigns that have not started (`awaiting`, `moderation`) can be.
 */
import type { AutocallApi } from '../../../api/index.js';
import { kzNow } from '../../../domain/campaign/index.js';
import { type Schedule, TRIES_INTERVALS, type TriesInterval } from '../../../domain/reschedule/index.js';

export type ScheduleLoad = { ok: true; schedule: Schedule } | { ok: false; name: string; status: string };

const EDITABLE = new Set(['awaiting', 'moderation']);

/** `10:00` or `10:00:00` → `10:00:00`. */
function his(time: string | undefined, fallback: string): string {
  if (!time) return fallback;
  return time.length === 5 ? `${time}:00` : time.slice(0, 8);
}

function interval(value: number | undefined): TriesInterval {
  return TRIES_INTERVALS.find((allowed) => allowed === value) ?? 30;
}

export async function loadSchedule(api: AutocallApi, kind: 'call' | 'sms', id: number, now: number): Promise<ScheduleLoad> {
  const today = kzNow(new Date(now)).date;
  if (kind === 'call') {
    const autocall = await api.autocalls.get(id);
    const name = autocall.name ?? `#${id}`;
    if (!EDITABLE.has(autocall.status ?? '')) return { ok: false, name, status: autocall.status ?? '' };
    return {
      ok: true,
      schedule: {
        kind: 'call',
        name,
        date: autocall.date_from?.slice(0, 10) ?? today,
        window: { from: his(autocall.time_from, '00:00:00'), to: his(autocall.time_to, '23:59:59') },
        interval: interval(autocall.tries_interval),
      },
    };
  }
  const bulk = await api.bulks.get(id);
  const name = bulk.name ?? `#${id}`;
  if (!EDITABLE.has(bulk.status ?? '')) return { ok: false, name, status: bulk.status ?? '' };
  return { ok: true, schedule: { kind: 'sms', name, date: bulk.date_from?.slice(0, 10) ?? today, time: his(bulk.time_from, '00:00:00') } };
}
