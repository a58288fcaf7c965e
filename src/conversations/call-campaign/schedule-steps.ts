/**
 * Steps 4 and 5 of a call campaign, in Kazakhstan time: the start date (today, tomorrow or a typed date, never
 * in the past) and the daily calling window (09:00–18:00, 10:00–20:00 or typed `HH:MM–HH:MM`), which must lie
 * inside the hours the account's settings allow and, for a campaign starting today, must not be over already.
 */
import { InlineKeyboard } from 'grammy';
import type { WizardContext } from '../../bot/context.js';
import { addDays, checkCallWindow, parseStartDate } from '../../domain/campaign/index.js';
import { formatCalendarDate, parseTimeWindow, type TimeWindow } from '../../domain/format/index.js';
import { marked } from '../campaign-steps/marks.js';
import { windowText, wizardNow } from '../campaign-steps/schedule.js';
import type { Move, StepPosition, WizardEnv } from '../kit/wizard-env.js';
import { choice } from '../kit/wizard-ui.js';

const PRESETS: readonly TimeWindow[] = [
  { from: '09:00:00', to: '18:00:00' },
  { from: '10:00:00', to: '20:00:00' },
];

/** The start date as shown: "today", "tomorrow" or the date. */
export function startDateText(ctx: WizardContext, date: string, today: string): string {
  if (date === today) return ctx.t('launch-date-today');
  if (date === addDays(today, 1)) return ctx.t('launch-date-tomorrow');
  return formatCalendarDate(date, ctx.viewer.lang);
}

export async function askStartDate(env: WizardEnv, position: StepPosition, current: string | null): Promise<{ move: Move; date: string | null }> {
  const { ui } = env;
  for (;;) {
    const { date: today } = await wizardNow(env);
    const tomorrow = addDays(today, 1);
    const t = ui.ctx.t.bind(ui.ctx);
    const choices = new InlineKeyboard()
      .text(marked(t('launch-date-today'), current === today), choice(today))
      .text(marked(t('launch-date-tomorrow'), current === tomorrow), choice(tomorrow));
    if (current !== null && current > tomorrow) choices.row().text(marked(formatCalendarDate(current, ui.ctx.viewer.lang), true), choice(current));
    const answer = await ui.ask({ ...position, body: t('launch-date-ask', { today: formatCalendarDate(today, ui.ctx.viewer.lang) }), choices });
    if (answer.kind === 'back') return { move: 'back', date: current };
    const typed = answer.kind === 'choice' ? answer.value : answer.kind === 'text' ? answer.text : '';
    const parsed = parseStartDate(typed, today);
    if (parsed.ok) return { move: 'next', date: parsed.date };
    ui.invalid(t(`launch-date-${parsed.kind.replace('_', '-')}`));
  }
}

export interface WindowStepContext {
  readonly current: TimeWindow | null;
  readonly date: string;
  readonly allowed: TimeWindow;
}

export async function askWindow(env: WizardEnv, position: StepPosition, context: WindowStepContext): Promise<{ move: Move; window: TimeWindow | null }> {
  const { ui } = env;
  const { current, allowed } = context;
  const options = current && !PRESETS.some((p) => p.from === current.from && p.to === current.to) ? [...PRESETS, current] : PRESETS;
  for (;;) {
    const t = ui.ctx.t.bind(ui.ctx);
    const choices = new InlineKeyboard();
    options.forEach((window, i) => choices.text(marked(windowText(window), window.from === current?.from && window.to === current.to), choice(i)));
    const answer = await ui.ask({ ...position, body: t('launch-window-ask', { allowed: windowText(allowed) }), choices });
    if (answer.kind === 'back') return { move: 'back', window: current };
    let window: TimeWindow | undefined;
    if (answer.kind === 'choice') window = options[Number(answer.value)];
    if (answer.kind === 'text') {
      const parsed = parseTimeWindow(answer.text);
      if (parsed.ok) window = { from: parsed.from, to: parsed.to };
      else ui.invalid(t(`launch-window-${parsed.kind.replaceAll('_', '-')}`));
    }
    if (window === undefined) continue;
    const check = checkCallWindow(window, { allowed, date: context.date, now: await wizardNow(env) });
    if (check.ok) return { move: 'next', window };
    ui.invalid(t(`launch-window-${check.kind.replaceAll('_', '-')}`, { allowed: windowText(allowed) }));
  }
}
