/**
 * Deleting a call or SMS campaign: the card's Delete asks first, Yes deletes. AutoCall refuses to delete a running
 * campaign, so the state is read again at each tap (the card may be old) and a running one is refused with the
 * reason, its card shown as it is now. A campaign that starts between that check and the delete is refused by
 * AutoCall with 422, which is said the same way. Every delete is written to the team's audit log.
 */
import { type Composer, InlineKeyboard } from 'grammy';
import { type AutocallApi, isAutocallError } from '../../../../api/index.js';
import { callbackData, callbackPattern } from '../../../callback-data.js';
import type { BotContext } from '../../../context.js';
import { filterCode, statusText } from './campaign-status.js';
import { type CardSource, showCardOrList } from './card-or-list.js';
import { alertText, showCampaignView } from './campaign-view.js';
import { type Granted, onTap } from '../../../auth/guarded-tap.js';
import { LIST_START } from './summary-list.js';
import { forgetRow } from './summary-snapshot.js';

interface Deletable {
  id: number;
  name?: string | undefined;
  status?: string | undefined;
}

export interface DeleteFlow {
  /** Callback actions: the question, the Yes, and the card (for Back). */
  actions: { ask: string; yes: string; card: string };
  /** The audit action (`campaign.delete`). */
  auditAction: string;
  /** Fluent keys (`name`, and `status` for the question). */
  keys: { confirm: string; running: string; deleted: string };
  read(api: AutocallApi, id: number): Promise<Deletable>;
  remove(api: AutocallApi, id: number): Promise<void>;
}

function nameOf(campaign: Deletable): string {
  return campaign.name ?? `#${campaign.id}`;
}

function audit(ctx: BotContext, flow: DeleteFlow, granted: Granted, campaign: Deletable, result: 'ok' | 'error', detail?: string) {
  return ctx.deps.store.audit.append(granted.account.id, {
    at: ctx.deps.now(),
    actorId: ctx.viewer.userId,
    actorName: ctx.viewer.name,
    action: flow.auditAction,
    target: `#${campaign.id} ${campaign.name ?? ''}`.trim(),
    result,
    ...(detail === undefined ? {} : { detail }),
  });
}

/** Registers the question and the Yes of `flow` for the campaigns of `menu` (both need `campaign.launch`). */
export function registerDelete<T>(composer: Composer<BotContext>, menu: CardSource<T>, flow: DeleteFlow): void {
  const refuseRunning = async (ctx: BotContext, granted: Granted, campaign: Deletable): Promise<void> => {
    await ctx.answerCallbackQuery({ text: alertText(ctx.t(flow.keys.running, { name: nameOf(campaign) })), show_alert: true });
    await showCardOrList(ctx, menu, granted, campaign.id, LIST_START, { answered: true });
  };

  onTap(composer, callbackPattern(flow.actions.ask, 2), 'campaign.launch', async (ctx, granted, [id = 0]) => {
    const campaign = await flow.read(await ctx.deps.apis.forAccount(granted.account), id);
    if (campaign.status === 'running') return refuseRunning(ctx, granted, campaign);
    const keyboard = new InlineKeyboard()
      .text(ctx.t('campaigns-btn-delete-yes'), callbackData(flow.actions.yes, granted.account.id, id))
      .text(ctx.t('btn-back'), callbackData(flow.actions.card, granted.account.id, id, filterCode(LIST_START.filter), LIST_START.page));
    const text = ctx.t(flow.keys.confirm, { name: nameOf(campaign), status: statusText(ctx, campaign.status) });
    await showCampaignView(ctx, { text, keyboard }, { ownActions: menu.ownActions });
  });

  onTap(composer, callbackPattern(flow.actions.yes, 2), 'campaign.launch', async (ctx, granted, [id = 0]) => {
    const api = await ctx.deps.apis.forAccount(granted.account);
    const campaign = await flow.read(api, id);
    if (campaign.status === 'running') return refuseRunning(ctx, granted, campaign);
    try {
      await flow.remove(api, id);
    } catch (error) {
      if (!isAutocallError(error) || error.kind !== 'validation') throw error;
      await audit(ctx, flow, granted, campaign, 'error', error.serverMessage ?? undefined);
      const now = await flow.read(api, id);
      if (now.status === 'running') return refuseRunning(ctx, granted, now);
      throw error;
    }
    await audit(ctx, flow, granted, campaign, 'ok');
    await forgetRow(ctx, granted.account.id, menu.snapshotKind, id);
    await ctx.answerCallbackQuery({ text: alertText(ctx.t(flow.keys.deleted, { name: nameOf(campaign) })) });
    await showCampaignView(ctx, await menu.listView(ctx, granted, LIST_START, false), { ownActions: menu.ownActions, answered: true });
  });
}
