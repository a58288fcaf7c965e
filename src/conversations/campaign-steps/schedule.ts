/** Time as both launch wizards see it: Kazakhstan's now (replay-safe), the account's allowed hours, windows shown. */
import type { AutocallApi } from '../../api/index.js';
import { type KzNow, kzNow, parseClockTime } from '../../domain/campaign/index.js';
import type { TimeWindow } from '../../domain/format/index.js';
import type { WizardEnv } from '../kit/wizard-env.js';

/** What the API assumes when the settings say nothing: the whole day. */
const WHOLE_DAY: TimeWindow = { from: '00:00:00', to: '23:59:59' };

/** The hours the account allows calls and SMS in (`GET /settings`). */
export async function allowedHours(api: AutocallApi): Promise<TimeWindow> {
  const settings = await api.settings.get();
  const from = parseClockTime(settings.time_from ?? '');
  const to = parseClockTime(settings.time_to ?? '');
  return { from: from.ok ? from.time : WHOLE_DAY.from, to: to.ok ? to.time : WHOLE_DAY.to };
}

/** `09:00–18:00`. */
export function windowText(window: TimeWindow): string {
  return `${window.from.slice(0, 5)}–${window.to.slice(0, 5)}`;
}

/** Kazakhstan's date and time now, as the conversation replays it. */
export async function wizardNow(env: WizardEnv): Promise<KzNow> {
  return kzNow(new Date(await env.conversation.now()));
}
