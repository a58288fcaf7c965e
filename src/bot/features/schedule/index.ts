/**
 * "Edit schedule" of a call campaign's or SMS campaign's card (`links.editCallSchedule`, `links.editSmsSchedule`):
 * managers and owners, in the private chat. A campaign already running, finished or denied is refused on the tap
 * with its status; otherwise the wizard starts from the schedule AutoCall has now.
 */
import { Composer } from 'grammy';
import { EDIT_SCHEDULE_WIZARD, editScheduleWizard } from '../../../conversations/edit-schedule/edit-schedule-wizard.js';
import { accessTo, refuse } from '../../auth/guard.js';
import type { BotContext } from '../../context.js';
import { linkPatterns } from '../../links.js';
import type { Feature } from '../feature.js';
import { sentToPrivateChat } from '../groups/chat-rules.js';
import { loadSchedule } from './load-schedule.js';

const KNOWN_STATUSES = new Set(['running', 'completed', 'denied']);

async function openEditor(ctx: BotContext, kind: 'call' | 'sms', rawAccount: string, rawId: string): Promise<void> {
  const access = await accessTo(ctx, rawAccount, 'campaign.launch');
  if (!access.ok) return refuse(ctx, access, 'campaign.launch');
  if (!/^\d{1,15}$/.test(rawId)) {
    await ctx.answerCallbackQuery({ text: ctx.t('stale-button') });
    return;
  }
  if (await sentToPrivateChat(ctx)) return;
  const id = Number(rawId);
  const loaded = await loadSchedule(await ctx.deps.apis.forAccount(access.account), kind, id, ctx.deps.now());
  if (!loaded.ok) {
    const status = KNOWN_STATUSES.has(loaded.status) ? ctx.t(`schedule-status-${loaded.status}`) : loaded.status;
    await ctx.answerCallbackQuery({ text: ctx.t('schedule-not-editable', { name: loaded.name, status }), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery();
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(EDIT_SCHEDULE_WIZARD, { accountId: access.account.id, id, schedule: loaded.schedule });
}

const composer = new Composer<BotContext>();
composer.callbackQuery(linkPatterns.editCallSchedule, (ctx) => openEditor(ctx, 'call', ctx.match[1] ?? '', ctx.match[2] ?? ''));
composer.callbackQuery(linkPatterns.editSmsSchedule, (ctx) => openEditor(ctx, 'sms', ctx.match[1] ?? '', ctx.match[2] ?? ''));

export const scheduleFeature: Feature = {
  name: 'schedule',
  composer,
  wizards: [{ id: EDIT_SCHEDULE_WIZARD, builder: editScheduleWizard }],
};
