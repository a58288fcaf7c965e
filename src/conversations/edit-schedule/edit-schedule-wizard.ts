/**
 * Wizard: reschedule a call or SMS campaign that has not started (AutoCall edits only `awaiting` and `moderation`
 * ones): name, start date, calling hours (or the send time of an SMS campaign) and, for calls, the retry interval;
 * then the changes side by side and Save, which sends only what changed. A campaign that started meanwhile is
 * refused with AutoCall's reason; a field AutoCall refuses takes the person back to that step.
 */
import { randomUUID } from 'node:crypto';
import type { Conversation } from '@grammyjs/conversations';
import { InlineKeyboard } from 'grammy';
import { type AutocallApi, isAutocallError } from '../../api/index.js';
import type { BotContext, WizardContext } from '../../bot/context.js';
import { links } from '../../bot/links.js';
import { kzNow } from '../../domain/campaign/index.js';
import type { TimeWindow } from '../../domain/format/index.js';
import { type Schedule, type ScheduleProblem, scheduleProblem, scheduleUpdate } from '../../domain/reschedule/index.js';
import { WizardUi } from '../kit/wizard-ui.js';
import { partsOf, type SchedulePart, STEPS } from './schedule-steps.js';
import { clock, scheduleLines, windowText } from './schedule-text.js';

export const EDIT_SCHEDULE_WIZARD = 'edit-schedule';

export interface EditScheduleArgs {
  accountId: string;
  /** The autocall's or bulk's AutoCall id. */
  id: number;
  /** The schedule as AutoCall had it when the wizard was opened. */
  schedule: Schedule;
}

/** AutoCall's hours when the account's settings do not say. */
const WHOLE_DAY: TimeWindow = { from: '00:00:00', to: '23:59:59' };
const SAVED_MARK_MS = 24 * 60 * 60 * 1000;

type SaveOutcome =
  | { kind: 'saved' }
  /** The edit no longer fits the clock (time moved on while the person answered). */
  | { kind: 'late'; problem: ScheduleProblem; time: string }
  /** AutoCall refused a field: back to its step with the reason. */
  | { kind: 'refused'; part: SchedulePart; reason: string }
  /** The campaign started, finished or vanished since: nothing to edit any more. */
  | { kind: 'closed'; reason: string };

/** Which step a field of AutoCall's 422 belongs to; `status` and anything unknown close the wizard. */
function partOfField(field: string, schedule: Schedule): SchedulePart | null {
  if (field === 'name') return 'name';
  if (field === 'date_from') return 'date';
  if (field === 'time_from') return schedule.kind === 'call' ? 'window' : 'time';
  if (field === 'time_to') return 'window';
  if (field === 'tries_interval') return 'interval';
  return null;
}

export async function editScheduleWizard(conversation: Conversation<BotContext, WizardContext>, ctx: WizardContext, args: EditScheduleArgs): Promise<void> {
  const ui = new WizardUi(conversation, ctx, { titleKey: args.schedule.kind === 'call' ? 'schedule-title-call' : 'schedule-title-sms', accountId: args.accountId, permission: 'campaign.launch' });
  const withApi = <T>(task: (api: AutocallApi, outside: BotContext) => Promise<T>) =>
    conversation.external(async (outside: BotContext) => {
      const account = await outside.deps.store.accounts.get(args.accountId);
      if (!account) throw new Error(`account ${args.accountId} vanished during a reschedule`);
      return task(await outside.deps.apis.forAccount(account), outside);
    });
  const wizardId = await conversation.external(() => randomUUID());
  const start = await withApi(async (api, outside) => {
    const settings = await api.settings.get();
    return { allowed: settings.time_from && settings.time_to ? { from: settings.time_from, to: settings.time_to } : WHOLE_DAY, now: kzNow(new Date(outside.deps.now())) };
  });

  const before = args.schedule;
  const parts = partsOf(before);
  let schedule = before;
  let index = 0;
  for (;;) {
    while (index < parts.length) {
      const part = parts[index] ?? 'review';
      const outcome = await STEPS[part]({ ui, step: index + 1, of: parts.length, before, allowed: start.allowed, now: start.now }, schedule);
      if (outcome.move === 'back') index = Math.max(0, index - 1);
      else {
        schedule = outcome.schedule;
        index += 1;
      }
    }
    const edited = schedule;
    const saved = await withApi(async (api, outside): Promise<SaveOutcome> => {
      // Time has moved since the steps were answered: "today, 15:00" may be over by now.
      const now = kzNow(new Date(outside.deps.now()));
      const problem = scheduleProblem(before, edited, { allowed: start.allowed, now });
      if (problem) return { kind: 'late', problem, time: now.time };
      const mark = `${wizardId}:save`;
      // Saved already by a run that crashed before it could say so.
      if (!(await outside.deps.store.kv.setOnce(mark, '1', SAVED_MARK_MS))) return { kind: 'saved' };
      const update = scheduleUpdate(before, edited);
      try {
        if (edited.kind === 'call') await api.autocalls.update(args.id, update);
        else await api.bulks.update(args.id, update);
      } catch (error) {
        await outside.deps.store.kv.del(mark);
        if (!isAutocallError(error)) throw error;
        if (error.kind === 'not_found') return { kind: 'closed', reason: outside.t('schedule-gone') };
        if (error.kind !== 'validation' && error.kind !== 'forbidden') throw error;
        const [field, messages] = Object.entries(error.fields)[0] ?? ['', []];
        const reason = messages[0] ?? error.serverMessage ?? '';
        const part = partOfField(field, edited);
        return part ? { kind: 'refused', part, reason } : { kind: 'closed', reason };
      }
      await outside.deps.store.audit.append(args.accountId, {
        at: outside.deps.now(),
        actorId: outside.viewer.userId,
        actorName: outside.viewer.name,
        action: edited.kind === 'call' ? 'campaign.reschedule' : 'bulk.reschedule',
        target: `#${args.id} ${edited.name}`,
        result: 'ok',
        detail: Object.entries(update).map(([field, value]) => `${field}=${String(value)}`).join(', '),
      });
      return { kind: 'saved' };
    });
    const t = ui.ctx.t.bind(ui.ctx);
    if (saved.kind === 'late') {
      ui.invalid(t(`schedule-problem-${saved.problem.part}-${saved.problem.kind}`, { allowed: windowText(start.allowed), now: clock(saved.time) }));
      index = parts.indexOf(saved.problem.part);
      continue;
    }
    if (saved.kind === 'refused') {
      ui.invalid(t('schedule-refused-field', { reason: saved.reason }));
      index = parts.indexOf(saved.part);
      continue;
    }
    if (saved.kind === 'closed') return ui.finish(t('schedule-closed', { name: before.name, reason: saved.reason }));
    const open = edited.kind === 'call' ? links.campaign(args.accountId, args.id) : links.bulk(args.accountId, args.id);
    return ui.finish([t('schedule-saved', { name: edited.name }), ...scheduleLines(ui.ctx, edited)].join('\n'), new InlineKeyboard().text(t('schedule-btn-open'), open));
  }
}
