/**
 * The messages of an SMS campaign, a page of AutoCall's at a time (each number with its delivery status), and one
 * message (`/messages/{id}`): status, operator, when it was sent and when its status last changed, its variables.
 */
import { InlineKeyboard } from 'grammy';
import type { Bulk, Message } from '../../../api/index.js';
import { escapeHtml } from '../../../domain/text/index.js';
import type { Account } from '../../../store/index.js';
import { showApiDate } from '../../api-dates.js';
import { callbackData } from '../../callback-data.js';
import type { BotContext } from '../../context.js';
import { filterCode } from '../campaigns/shared/campaign-status.js';
import type { PageSlice } from '../../paging.js';
import type { CampaignView } from '../campaigns/shared/campaign-view.js';
import { recipientsPageView } from '../campaigns/shared/numbered-page.js';
import { phoneWithNote, variableLines } from '../campaigns/shared/recipient-lines.js';
import { LIST_START } from '../campaigns/shared/summary-list.js';
import { A } from './actions.js';
import { messageStatusText } from './message-status.js';

/** A page of messages (from 0) as numbered lines, with a button per number and ‹ ›. */
export function messagesPageView(ctx: BotContext, account: Account, bulk: Bulk, slice: PageSlice<Message>): CampaignView {
  return recipientsPageView(ctx, {
    slice,
    line: (message) => `${phoneWithNote(message)} — ${escapeHtml(messageStatusText(ctx, message.status))}`,
    open: (message) => callbackData(A.message, account.id, bulk.id, message.id, slice.page),
    pageData: (n) => callbackData(A.messages, account.id, bulk.id, n),
    name: bulk.name ?? `#${bulk.id}`,
    keys: { title: 'bulk-messages-title', empty: 'bulk-messages-empty' },
    back: { label: ctx.t('bulk-btn-back-to-bulk'), data: callbackData(A.card, account.id, bulk.id, filterCode(LIST_START.filter), LIST_START.page) },
  });
}

/** One message; `page` is the page of messages (from 0) it was opened from, for Back. */
export function messageView(ctx: BotContext, account: Account, bulk: Bulk, message: Message, page: number): CampaignView {
  const lang = ctx.viewer.lang;
  const lines = [
    ctx.t('bulk-message-title', { numberHtml: phoneWithNote(message), name: bulk.name ?? `#${bulk.id}` }),
    ctx.t('campaign-card-status', { status: messageStatusText(ctx, message.status) }),
    ctx.t('bulk-message-operator', { provider: message.provider || '—' }),
    ctx.t('bulk-message-sent', { at: message.init_time ? showApiDate(message.init_time, lang) : '—' }),
    ctx.t('bulk-message-status-time', { at: message.status_time ? showApiDate(message.status_time, lang) : '—' }),
  ];
  lines.push(...variableLines(ctx, message.variables));
  const keyboard = new InlineKeyboard().text(ctx.t('bulk-btn-back-to-messages'), callbackData(A.messages, account.id, bulk.id, page));
  return { text: lines.join('\n'), keyboard };
}
