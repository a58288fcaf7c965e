/**
 * Acting on a call campaign: Delete (confirmed; never while it runs), Relaunch the numbers not reached (completed
 * campaigns only) into a new list offered for a new campaign, Export every call as CSV, and a call's Recording the
 * way Telegram plays it (audio, or a document for a WAV). The campaign's state is read again at the tap: the card
 * that offered the button may be old.
 */
import { Composer, InlineKeyboard } from 'grammy';
import { type AutocallErrorKind, isAutocallError } from '../../../api/index.js';
import { formatCount } from '../../../domain/format/index.js';
import { formatPhone } from '../../../domain/phone/index.js';
import { replyWithAudioBytes } from '../../audio-message.js';
import type { BotContext } from '../../context.js';
import { links, linkPatterns } from '../../links.js';
import { A, P } from './actions.js';
import { CAMPAIGNS } from './browse-handlers.js';
import { callsExportSpec } from './calls-export.js';
import { statusText } from './shared/campaign-status.js';
import { alertText } from './shared/campaign-view.js';
import { exportCsv } from './shared/csv-export.js';
import { registerDelete } from './shared/delete-flow.js';
import { onTap } from '../../auth/guarded-tap.js';

export const actionHandlers = new Composer<BotContext>();

/** A second Relaunch tap within this time is the same request (it would make a second list). */
const RELAUNCH_DEDUP_MS = 30_000;
/** Failures after which AutoCall may have made the list all the same. */
const OUTCOME_UNKNOWN: ReadonlySet<AutocallErrorKind> = new Set(['timeout', 'network', 'server', 'invalid_response', 'aborted']);

registerDelete(actionHandlers, CAMPAIGNS, {
  actions: { ask: A.deleteAsk, yes: A.deleteYes, card: A.card },
  auditAction: 'campaign.delete',
  keys: { confirm: 'campaign-delete-confirm', running: 'campaign-delete-running', deleted: 'campaign-deleted' },
  read: (api, id) => api.autocalls.get(id),
  remove: (api, id) => api.autocalls.delete(id),
});

onTap(actionHandlers, linkPatterns.campaignRelaunch, 'campaign.launch', async (ctx, granted, [id = 0]) => {
  const api = await ctx.deps.apis.forAccount(granted.account);
  const autocall = await api.autocalls.get(id);
  if (autocall.status !== 'completed') {
    await ctx.answerCallbackQuery({ text: alertText(ctx.t('campaign-relaunch-not-completed', { status: statusText(ctx, autocall.status) })), show_alert: true });
    return;
  }
  const dedup = `relaunch:${granted.account.id}:${id}`;
  if (!(await ctx.deps.store.kv.setOnce(dedup, String(ctx.viewer.userId), RELAUNCH_DEDUP_MS))) {
    await ctx.answerCallbackQuery({ text: ctx.t('campaign-relaunch-busy') });
    return;
  }
  await ctx.answerCallbackQuery();
  let list;
  try {
    list = await api.autocalls.relaunch(id);
  } catch (error) {
    // When AutoCall surely made nothing, the next tap may try again at once; when the list may exist, it waits.
    if (!isAutocallError(error) || !OUTCOME_UNKNOWN.has(error.kind)) await ctx.deps.store.kv.del(dedup);
    throw error;
  }
  await ctx.deps.store.audit.append(granted.account.id, {
    at: ctx.deps.now(),
    actorId: ctx.viewer.userId,
    actorName: ctx.viewer.name,
    action: 'campaign.relaunch',
    target: `#${id} ${autocall.name ?? ''}`.trim(),
    result: 'ok',
    detail: `list #${list.id} (${list.contacts_count})`,
  });
  const keyboard = new InlineKeyboard();
  if (list.contacts_count > 0) keyboard.text(ctx.t('campaign-btn-call-list'), links.callList(granted.account.id, list.id)).row();
  keyboard.text(ctx.t('campaign-btn-open-list'), links.list(granted.account.id, list.id));
  const text =
    list.contacts_count > 0
      ? ctx.t('campaign-relaunch-done', { campaign: autocall.name ?? `#${id}`, list: list.name, count: formatCount(list.contacts_count, ctx.viewer.lang) })
      : ctx.t('campaign-relaunch-empty', { campaign: autocall.name ?? `#${id}`, list: list.name });
  await ctx.reply(text, { parse_mode: 'HTML', reply_markup: keyboard });
});

onTap(actionHandlers, linkPatterns.campaignExport, 'view', async (ctx, granted, [id = 0]) => {
  const api = await ctx.deps.apis.forAccount(granted.account);
  const autocall = await api.autocalls.get(id);
  await exportCsv(ctx, callsExportSpec(ctx, granted, api, autocall));
});

onTap(actionHandlers, P.recording, 'view', async (ctx, granted, [id = 0]) => {
  const api = await ctx.deps.apis.forAccount(granted.account);
  let found;
  try {
    found = await Promise.all([api.calls.get(id), api.calls.recording(id)]);
  } catch (error) {
    if (!isAutocallError(error) || error.kind !== 'not_found') throw error;
    await ctx.answerCallbackQuery({ text: ctx.t('campaign-recording-none'), show_alert: true });
    return;
  }
  const [call, recording] = found;
  await ctx.answerCallbackQuery();
  await replyWithAudioBytes(ctx, recording, { caption: ctx.t('campaign-recording-caption', { number: formatPhone(call.number) }), title: formatPhone(call.number) });
});
