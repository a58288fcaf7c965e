/**
 * The steps of the edit-schedule wizard, one function each: every step shows the current value with a Keep button,
 * takes presets or typed answers, explains a wrong one and asks again, and hands back the schedule as edited so
 * far or Back. A step never loses what earlier steps settled.
 */
import { InlineKeyboard } from 'grammy';
import { addDays, type KzNow, parseClockTime, parseStartDate } from '../../domain/campaign/index.js';
import { parseTimeWindow, type TimeWindow } from '../../domain/format/index.js';
import { CAMPAIGN_NAME_MAX, readCampaignName, type Schedule, scheduleProblem, TRIES_INTERVALS } from '../../domain/reschedule/index.js';
import { choice, type WizardUi } from '../kit/wizard-ui.js';
import { changeLines, clock, dateText, minutes, windowText } from './schedule-text.js';

export type SchedulePart = 'name' | 'date' | 'window' | 'time' | 'interval' | 'review';

export interface StepEnv {
  ui: WizardUi;
  step: number;
  of: number;
  /** The schedule before the wizard: what "Keep" and the review compare with. */
  before: Schedule;
  allowed: TimeWindow;
  now: KzNow;
}

export type StepOutcome = { move: 'next'; schedule: Schedule } | { move: 'back' };

const WINDOW_PRESETS: readonly TimeWindow[] = [
  { from: '09:00:00', to: '18:00:00' },
  { from: '10:00:00', to: '20:00:00' },
];

const KEEP = 'keep';

function keepButton(env: StepEnv, shown: string): InlineKeyboard {
  return new InlineKeyboard().text(env.ui.ctx.t('schedule-btn-keep', { value: shown }), choice(KEEP));
}

export async function askName(env: StepEnv, schedule: Schedule): Promise<StepOutcome> {
  for (;;) {
    const { ui } = env;
    const answer = await ui.ask({ step: env.step, of: env.of, body: ui.ctx.t('schedule-ask-name', { max: CAMPAIGN_NAME_MAX }), choices: keepButton(env, schedule.name) });
    if (answer.kind === 'back') return { move: 'back' };
    if (answer.kind === 'choice') return { move: 'next', schedule };
    if (answer.kind !== 'text') continue;
    const name = readCampaignName(answer.text);
    if (name !== null) return { move: 'next', schedule: { ...schedule, name } };
    ui.invalid(ui.ctx.t('schedule-bad-name', { max: CAMPAIGN_NAME_MAX }));
  }
}

export async function askDate(env: StepEnv, schedule: Schedule): Promise<StepOutcome> {
  const { ui, now } = env;
  const tomorrow = addDays(now.date, 1);
  for (;;) {
    const t = ui.ctx.t.bind(ui.ctx);
    const choices = new InlineKeyboard().text(t('schedule-btn-today'), choice(now.date)).text(t('schedule-btn-tomorrow'), choice(tomorrow)).row();
    choices.text(t('schedule-btn-keep', { value: dateText(ui.ctx, schedule.date) }), choice(KEEP));
    const answer = await ui.ask({ step: env.step, of: env.of, body: t('schedule-ask-date'), choices });
    if (answer.kind === 'back') return { move: 'back' };
    if (answer.kind === 'choice') return { move: 'next', schedule: answer.value === KEEP ? schedule : { ...schedule, date: answer.value === tomorrow ? tomorrow : now.date } };
    if (answer.kind !== 'text') continue;
    const date = parseStartDate(answer.text, now.date);
    if (date.ok) return { move: 'next', schedule: { ...schedule, date: date.date } };
    ui.invalid(t(`schedule-bad-date-${date.kind}`, { typed: answer.text }));
  }
}

export async function askWindow(env: StepEnv, schedule: Schedule): Promise<StepOutcome> {
  if (schedule.kind !== 'call') return { move: 'next', schedule };
  const { ui } = env;
  for (;;) {
    const t = ui.ctx.t.bind(ui.ctx);
    const choices = new InlineKeyboard();
    WINDOW_PRESETS.forEach((preset, index) => choices.text(windowText(preset), choice(`p${index}`)));
    choices.row().text(t('schedule-btn-keep', { value: windowText(schedule.window) }), choice(KEEP));
    const answer = await ui.ask({ step: env.step, of: env.of, body: t('schedule-ask-window', { allowed: windowText(env.allowed) }), choices });
    if (answer.kind === 'back') return { move: 'back' };
    let window: TimeWindow | undefined;
    if (answer.kind === 'choice') window = answer.value === KEEP ? schedule.window : WINDOW_PRESETS[Number(answer.value.slice(1))];
    if (answer.kind === 'text') {
      const parsed = parseTimeWindow(answer.text);
      if (parsed.ok) window = { from: parsed.from, to: parsed.to };
      else ui.invalid(t(`schedule-bad-window-${parsed.kind}`, { typed: answer.text }));
    }
    if (!window) continue;
    const edited = { ...schedule, window };
    const problem = scheduleProblem(env.before, edited, { allowed: env.allowed, now: env.now });
    if (problem === null) return { move: 'next', schedule: edited };
    ui.invalid(t(`schedule-problem-${problem.part}-${problem.kind}`, { allowed: windowText(env.allowed), now: clock(env.now.time) }));
  }
}

export async function askTime(env: StepEnv, schedule: Schedule): Promise<StepOutcome> {
  if (schedule.kind !== 'sms') return { move: 'next', schedule };
  const { ui } = env;
  for (;;) {
    const t = ui.ctx.t.bind(ui.ctx);
    const answer = await ui.ask({ step: env.step, of: env.of, body: t('schedule-ask-time', { allowed: windowText(env.allowed) }), choices: keepButton(env, clock(schedule.time)) });
    if (answer.kind === 'back') return { move: 'back' };
    let time: string | undefined;
    if (answer.kind === 'choice') time = schedule.time;
    if (answer.kind === 'text') {
      const parsed = parseClockTime(answer.text);
      if (parsed.ok) time = parsed.time;
      else ui.invalid(t('schedule-bad-time', { typed: answer.text }));
    }
    if (time === undefined) continue;
    const edited = { ...schedule, time };
    const problem = scheduleProblem(env.before, edited, { allowed: env.allowed, now: env.now });
    if (problem === null) return { move: 'next', schedule: edited };
    ui.invalid(t(`schedule-problem-${problem.part}-${problem.kind}`, { allowed: windowText(env.allowed), now: clock(env.now.time) }));
  }
}

export async function askInterval(env: StepEnv, schedule: Schedule): Promise<StepOutcome> {
  if (schedule.kind !== 'call') return { move: 'next', schedule };
  const { ui } = env;
  for (;;) {
    const choices = new InlineKeyboard();
    for (const interval of TRIES_INTERVALS) {
      const label = minutes(ui.ctx, interval);
      choices.text(interval === schedule.interval ? `✅ ${label}` : label, choice(interval));
    }
    const answer = await ui.ask({ step: env.step, of: env.of, body: ui.ctx.t('schedule-ask-interval'), choices, accept: ['choice'] });
    if (answer.kind === 'back') return { move: 'back' };
    const interval = TRIES_INTERVALS.find((value) => answer.kind === 'choice' && String(value) === answer.value);
    if (interval !== undefined) return { move: 'next', schedule: { ...schedule, interval } };
  }
}

/** The changes side by side; Save only when there are some. */
export async function askReview(env: StepEnv, schedule: Schedule): Promise<StepOutcome> {
  const { ui } = env;
  for (;;) {
    const t = ui.ctx.t.bind(ui.ctx);
    const changes = changeLines(ui.ctx, env.before, schedule);
    const body = changes.length === 0 ? t('schedule-no-changes') : [t('schedule-review'), ...changes].join('\n');
    const choices = changes.length === 0 ? undefined : new InlineKeyboard().text(t('schedule-btn-save'), choice('save'));
    const answer = await ui.ask({ step: env.step, of: env.of, body, accept: ['choice'], ...(choices ? { choices } : {}) });
    if (answer.kind === 'back') return { move: 'back' };
    if (answer.kind === 'choice' && answer.value === 'save' && changes.length > 0) return { move: 'next', schedule };
  }
}

export const STEPS: Readonly<Record<SchedulePart, (env: StepEnv, schedule: Schedule) => Promise<StepOutcome>>> = {
  name: askName,
  date: askDate,
  window: askWindow,
  time: askTime,
  interval: askInterval,
  review: askReview,
};

/** The parts of a schedule, in the order they are asked. */
export function partsOf(schedule: Schedule): readonly SchedulePart[] {
  return schedule.kind === 'call' ? ['name', 'date', 'window', 'interval', 'review'] : ['name', 'date', 'time', 'review'];
}
