/**
 * Voice answers of interactive campaigns: the campaigns, the calls of one campaign that recorded answers (a
 * server page at a time: the contract has no filter for them), one call's answers with Download and Transcript,
 * and the warning before a transcript, which AutoCall charges for.
 */
import { InlineKeyboard } from 'grammy';
import type { Autocall, AutocallSummary, Call, Page } from '../../../api/index.js';
import { formatCount, formatMoney } from '../../../domain/format/index.js';
import { formatPhone } from '../../../domain/phone/index.js';
import { truncateText } from '../../../domain/text/index.js';
import { showApiDate } from '../../api-dates.js';
import type { Granted } from '../../auth/guarded-tap.js';
import { roleAllows } from '../../auth/permissions.js';
import type { BotContext } from '../../context.js';
import { links } from '../../links.js';
import { addPager } from '../../pager.js';
import { PAGE_SIZE, type PageSlice } from '../../paging.js';
import type { View } from '../../show.js';
import { soundData } from './callbacks.js';
import { voiceAnswerFiles } from './voice-answer-files.js';

export function answerCampaignsView(ctx: BotContext, granted: Granted, slice: PageSlice<AutocallSummary>, scannedAll: boolean): View {
  const accountId = granted.account.id;
  const lang = ctx.viewer.lang;
  const keyboard = new InlineKeyboard();
  const lines = slice.items.map((autocall, index) => {
    const name = autocall.name ?? `#${autocall.id}`;
    keyboard.text(`🎙 ${truncateText(name, 40)}`, soundData('answerCalls', accountId, autocall.id, 1)).row();
    return ctx.t('answers-campaign-row', { position: slice.page * PAGE_SIZE + index + 1, name, created: autocall.created_at ? showApiDate(autocall.created_at, lang) : '—' });
  });
  addPager(keyboard, slice, (page) => soundData('answerCampaigns', accountId, page));
  keyboard.text(ctx.t('answers-btn-sounds'), soundData('page', accountId, 0));
  const title =
    slice.total === 0
      ? ctx.t('answers-campaigns-empty')
      : ctx.t('answers-campaigns-title', { total: formatCount(slice.total, lang), page: slice.page + 1, pages: slice.pages });
  const parts = [title, ...lines];
  if (!scannedAll) parts.push('', ctx.t('answers-campaigns-latest-only'));
  return { text: parts.join('\n'), keyboard };
}

export function answerCallsView(ctx: BotContext, granted: Granted, autocall: Autocall, calls: Page<Call>): View {
  const accountId = granted.account.id;
  const keyboard = new InlineKeyboard();
  const answered = calls.data.map((call) => ({ call, count: voiceAnswerFiles(call.data).length })).filter(({ count }) => count > 0);
  for (const { call, count } of answered) keyboard.text(`${formatPhone(call.number)} · 🎙 ${count}`, links.callAnswers(accountId, call.id)).row();
  addPager(keyboard, { page: calls.current_page - 1, pages: calls.last_page }, (page) => soundData('answerCalls', accountId, autocall.id, page + 1));
  keyboard.text(ctx.t('answers-btn-campaigns'), soundData('answerCampaigns', accountId, 0));
  const lang = ctx.viewer.lang;
  const text = ctx.t('answers-calls-title', {
    name: autocall.name ?? `#${autocall.id}`,
    from: formatCount(calls.from ?? 0, lang),
    to: formatCount(calls.to ?? 0, lang),
    total: formatCount(calls.total, lang),
    answered: formatCount(answered.length, lang),
  });
  return { text, keyboard };
}

export function callAnswersView(ctx: BotContext, granted: Granted, call: Call, noticeHtml = ''): View {
  const accountId = granted.account.id;
  const files = voiceAnswerFiles(call.data);
  const keyboard = new InlineKeyboard();
  const transcribes = roleAllows(granted.role, 'content.edit');
  const lines = files.map((file, index) => {
    keyboard.text(ctx.t('answers-btn-download', { position: index + 1 }), soundData('answerDownload', accountId, call.id, index));
    if (transcribes) keyboard.text(ctx.t('answers-btn-transcript', { position: index + 1 }), soundData('answerTranscript', accountId, call.id, index));
    keyboard.row();
    return ctx.t('answers-file-row', { position: index + 1, file });
  });
  keyboard.text(ctx.t('answers-btn-calls'), soundData('answerCalls', accountId, call.autocall_id, 1));
  const title = ctx.t(files.length === 0 ? 'answers-call-none' : 'answers-call-title', {
    phone: formatPhone(call.number),
    extra: call.extra ? ` — ${call.extra}` : '',
    date: call.last_try_at ? showApiDate(call.last_try_at, ctx.viewer.lang) : '—',
  });
  return { text: [noticeHtml, title, ...lines].filter((part) => part !== '').join('\n'), keyboard };
}

/** The warning before a paid transcript; `price` is the tariff's recognition price per second, when known. */
export function transcriptConfirmView(ctx: BotContext, granted: Granted, call: Call, index: number, price: number | null): View {
  const accountId = granted.account.id;
  const text = [
    ctx.t('answers-transcript-confirm', { position: index + 1, phone: formatPhone(call.number) }),
    price === null ? ctx.t('answers-transcript-price-unknown') : ctx.t('answers-transcript-price', { price: formatMoney(price, ctx.viewer.lang) }),
  ].join('\n');
  return {
    text,
    keyboard: new InlineKeyboard()
      .text(ctx.t('answers-btn-transcript-yes'), soundData('answerTranscriptYes', accountId, call.id, index))
      .text(ctx.t('btn-back'), links.callAnswers(accountId, call.id)),
  };
}

/** Not enough money for the transcript: the balance and the way to top up. */
export function transcriptFundsView(ctx: BotContext, granted: Granted, call: Call, balance: number | null): View {
  const accountId = granted.account.id;
  const keyboard = new InlineKeyboard();
  if (roleAllows(granted.role, 'money.topup')) keyboard.text(ctx.t('btn-topup'), links.topUp(accountId)).row();
  keyboard.text(ctx.t('btn-back'), links.callAnswers(accountId, call.id));
  const text = balance === null ? ctx.t('answers-transcript-no-funds') : ctx.t('answers-transcript-no-funds-balance', { balance: formatMoney(balance, ctx.viewer.lang) });
  return { text, keyboard };
}
