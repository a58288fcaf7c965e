/**
 * Acting on a call campaign: Delete (confirmed; never while it runs), Relaunch the numbers not reached (completed
 * campaigns only) into a new list offered for a new campaign, Export every call as CSV, and a call's Recording as
 * audio. The campaign's state is read again at the tap: the card that offered the button may be old.
 */
import { Composer, InlineKeyboard, InputFile } from 'grammy';
import { isAutocallError, type Autocall } from '../../../api/index.js';
import { formatCount } from '../../../domain/format/index.js';
import { formatPhone } from '../../../domain/phone/index.js';
import { callbackData } from '../../callback-data.js';
import type { BotContext } from '../../context.js';
import { links, linkPatterns } from '../../links.js';
import { A, OWN_ACTIONS, P } from './actions.js';
import { showCampaignCard } from './browse-handlers.js';
import { campaignListView, CAMPAIGNS_KIND } from './campaign-list.js';
import { callsExportSpec } from './calls-export.js';
import { filterCode, statusText } from './shared/campaign-status.js';
import { showCampaignView } from './shared/campaign-view.js';
import { exportCsv } from './shared/csv-export.js';
import { type Granted, idArg, onTap, staleTap } from './shared/on-tap.js';
import { LIST_START } from './shared/summary-list.js';
import { forgetRow } from './shared/summary-snapshot.js';

export const actionHandlers = new Composer<BotContext>();

/** A second Relaunch tap within this time is the same request (it would make a second list). */
const RELAUNCH_DEDUP_MS = 30_000;

function audit(ctx: BotContext, granted: Granted, action: string, autocall: Pick<Autocall, 'id' | 'name'>, result: 'ok' | 'error', detail?: string) {
  return ctx.deps.store.audit.append(granted.account.id, {
    at: ctx.deps.now(),
    actorId: ctx.viewer.userId,
    actorName: ctx.viewer.name,
    action,
    target: `#${autocall.id} ${autocall.name ?? ''}`.trim(),
    result,
    ...(detail === undefined ? {} : { detail }),
  });
}

/** Refuses deleting a running campaign with the reason, and shows its card as it is now. */
async function refuseRunning(ctx: BotContext, granted: Granted, autocall: Autocall): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t('campaign-delete-running', { name: autocall.name ?? '' }), show_alert: true });
  await showCampaignCard(ctx, granted, autocall.id, LIST_START, { answered: true });
}

onTap(actionHandlers, P.deleteAsk, 'campaign.launch', async (ctx, granted, [rawId]) => {
  const id = idArg(rawId);
  if (id === null) return staleTap(ctx);
  const api = await ctx.deps.apis.forAccount(granted.account);
  const autocall = await api.autocalls.get(id);
  if (autocall.status === 'running') return refuseRunning(ctx, granted, autocall);
  const keyboard = new InlineKeyboard()
    .text(ctx.t('campaigns-btn-delete-yes'), callbackData(A.deleteYes, granted.account.id, id))
    .text(ctx.t('btn-back'), callbackData(A.card, granted.account.id, id, filterCode(LIST_START.filter), LIST_START.page));
  const text = ctx.t('campaign-delete-confirm', { name: autocall.name ?? `#${id}`, status: statusText(ctx, autocall.status) });
  await showCampaignView(ctx, { text, keyboard }, { ownActions: OWN_ACTIONS });
});

onTap(actionHandlers, P.deleteYes, 'campaign.launch', async (ctx, granted, [rawId]) => {
  const id = idArg(rawId);
  if (id === null) return staleTap(ctx);
  const api = await ctx.deps.apis.forAccount(granted.account);
  const autocall = await api.autocalls.get(id);
  if (autocall.status === 'running') return refuseRunning(ctx, granted, autocall);
  try {
    await api.autocalls.delete(id);
  } catch (error) {
    // It started between the check and the delete: AutoCall refuses with 422 and says why.
    if (!isAutocallError(error) || error.kind !== 'validation') throw error;
    await audit(ctx, granted, 'campaign.delete', autocall, 'error', error.serverMessage ?? undefined);
    return refuseRunning(ctx, granted, autocall);
  }
  await audit(ctx, granted, 'campaign.delete', autocall, 'ok');
  await forgetRow(ctx, granted.account.id, CAMPAIGNS_KIND, id);
  await ctx.answerCallbackQuery({ text: ctx.t('campaign-deleted', { name: autocall.name ?? `#${id}` }) });
  await showCampaignView(ctx, await campaignListView(ctx, granted, LIST_START, false), { ownActions: OWN_ACTIONS, answered: true });
});

onTap(actionHandlers, linkPatterns.campaignRelaunch, 'campaign.launch', async (ctx, granted, [rawId]) => {
  const id = idArg(rawId);
  if (id === null) return staleTap(ctx);
  const api = await ctx.deps.apis.forAccount(granted.account);
  const autocall = await api.autocalls.get(id);
  if (autocall.status !== 'completed') {
    await ctx.answerCallbackQuery({ text: ctx.t('campaign-relaunch-not-completed', { status: statusText(ctx, autocall.status) }), show_alert: true });
    return;
  }
  if (!(await ctx.deps.store.kv.setOnce(`relaunch:${granted.account.id}:${id}`, String(ctx.viewer.userId), RELAUNCH_DEDUP_MS))) {
    await ctx.answerCallbackQuery({ text: ctx.t('campaign-relaunch-busy') });
    return;
  }
  await ctx.answerCallbackQuery();
  const list = await api.autocalls.relaunch(id);
  await audit(ctx, granted, 'campaign.relaunch', autocall, 'ok', `list #${list.id}`);
  const keyboard = new InlineKeyboard();
  if (list.contacts_count > 0) keyboard.text(ctx.t('campaign-btn-call-list'), links.callList(granted.account.id, list.id)).row();
  keyboard.text(ctx.t('campaign-btn-open-list'), links.list(granted.account.id, list.id));
  const text =
    list.contacts_count > 0
      ? ctx.t('campaign-relaunch-done', { campaign: autocall.name ?? `#${id}`, list: list.name, count: formatCount(list.contacts_count, ctx.viewer.lang) })
      : ctx.t('campaign-relaunch-empty', { campaign: autocall.name ?? `#${id}`, list: list.name });
  await ctx.reply(text, { parse_mode: 'HTML', reply_markup: keyboard });
});

onTap(actionHandlers, linkPatterns.campaignExport, 'view', async (ctx, granted, [rawId]) => {
  const id = idArg(rawId);
  if (id === null) return staleTap(ctx);
  const api = await ctx.deps.apis.forAccount(granted.account);
  const autocall = await api.autocalls.get(id);
  await exportCsv(ctx, callsExportSpec(ctx, granted, api, autocall));
});

onTap(actionHandlers, P.recording, 'view', async (ctx, granted, [rawId]) => {
  const id = idArg(rawId);
  if (id === null) return staleTap(ctx);
  const api = await ctx.deps.apis.forAccount(granted.account);
  try {
    const [call, recording] = await Promise.all([api.calls.get(id), api.calls.recording(id)]);
    await ctx.answerCallbackQuery();
    await ctx.replyWithAudio(new InputFile(recording.bytes, recording.fileName), {
      caption: ctx.t('campaign-recording-caption', { number: formatPhone(call.number) }),
      parse_mode: 'HTML',
      title: formatPhone(call.number),
    });
  } catch (error) {
    if (!isAutocallError(error) || error.kind !== 'not_found') throw error;
    await ctx.answerCallbackQuery({ text: ctx.t('campaign-recording-none'), show_alert: true });
  }
});
