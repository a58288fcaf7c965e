/**
 * The voice answers browser (reached from /sounds or from a campaign's call through `links.callAnswers`):
 * interactive campaigns, their calls with answers, a call's answers; an answer is downloaded as audio, or
 * transcribed after a warning that AutoCall charges for it. A transcript is kept, so asking again (or a second
 * tap on a stale Transcribe button) never pays twice; a 402 shows the balance and Top up.
 */
import { Composer } from 'grammy';
import { type AutocallApi, type AutocallSummary, isAutocallError } from '../../../api/index.js';
import { formatPhone } from '../../../domain/phone/index.js';
import { replyWithAudioBytes } from '../../audio-message.js';
import { type Granted, onTap } from '../../auth/guarded-tap.js';
import type { BotContext } from '../../context.js';
import { linkPatterns } from '../../links.js';
import { pageOf } from '../../paging.js';
import { recordAction } from '../../record-action.js';
import { show } from '../../show.js';
import { answerCallsView, answerCampaignsView, callAnswersView, transcriptConfirmView, transcriptFundsView } from './answers-view.js';
import { soundPattern } from './callbacks.js';
import { voiceAnswerFiles } from './voice-answer-files.js';

/** Campaigns are listed newest first and scanned for interactive ones this many server pages deep. */
const SCANNED_PAGES = 10;
/** A transcript is kept this long; AutoCall keeps recordings for months. */
const TRANSCRIPT_KEPT_MS = 90 * 24 * 60 * 60 * 1000;

export const voiceAnswers = new Composer<BotContext>();

const apiOf = (ctx: BotContext, granted: Granted) => ctx.deps.apis.forAccount(granted.account);

async function interactiveCampaigns(api: AutocallApi): Promise<{ items: AutocallSummary[]; scannedAll: boolean }> {
  const items: AutocallSummary[] = [];
  for (let page = 1; page <= SCANNED_PAGES; page++) {
    const found = await api.autocalls.list({ page, order: 'desc' });
    items.push(...found.data.filter((autocall) => autocall.type === 'interactive'));
    if (found.next_page_url === null || found.current_page >= found.last_page) return { items, scannedAll: true };
  }
  return { items, scannedAll: false };
}

/** The call and its answer number `index`; null when the button is stale (the answer is not there). */
async function answerOf(api: AutocallApi, callId: number, index: number) {
  const call = await api.calls.get(callId);
  const file = voiceAnswerFiles(call.data)[index];
  return file === undefined ? null : { call, file };
}

const transcriptKey = (granted: Granted, file: string) => `transcript:${granted.account.id}:${file}`;

onTap(voiceAnswers, soundPattern('answerCampaigns', 1), 'view', async (ctx, granted, [page = 0]) => {
  const { items, scannedAll } = await interactiveCampaigns(await apiOf(ctx, granted));
  await show(ctx, answerCampaignsView(ctx, granted, pageOf(items, page), scannedAll));
});

onTap(voiceAnswers, soundPattern('answerCalls', 2), 'view', async (ctx, granted, [autocallId = 0, apiPage = 1]) => {
  const autocall = await (await apiOf(ctx, granted)).autocalls.get(autocallId, { page: Math.max(1, apiPage) });
  if (!autocall.calls) {
    await ctx.answerCallbackQuery({ text: ctx.t('stale-button') });
    return;
  }
  await show(ctx, answerCallsView(ctx, granted, autocall, autocall.calls));
});

onTap(voiceAnswers, linkPatterns.callAnswers, 'view', async (ctx, granted, [callId = 0]) => {
  await show(ctx, callAnswersView(ctx, granted, await (await apiOf(ctx, granted)).calls.get(callId)));
});

onTap(voiceAnswers, soundPattern('answerDownload', 2), 'view', async (ctx, granted, [callId = 0, index = 0]) => {
  const api = await apiOf(ctx, granted);
  const answer = await answerOf(api, callId, index);
  if (!answer) {
    await ctx.answerCallbackQuery({ text: ctx.t('stale-button') });
    return;
  }
  const audio = await api.sounds.listen(answer.file, 'download');
  await ctx.answerCallbackQuery();
  await replyWithAudioBytes(ctx, audio, { caption: ctx.t('answers-audio-caption', { position: index + 1, phone: formatPhone(answer.call.number) }) });
});

onTap(voiceAnswers, soundPattern('answerTranscript', 2), 'content.edit', async (ctx, granted, [callId = 0, index = 0]) => {
  const api = await apiOf(ctx, granted);
  const answer = await answerOf(api, callId, index);
  if (!answer) {
    await ctx.answerCallbackQuery({ text: ctx.t('stale-button') });
    return;
  }
  const price = (await api.settings.get()).speech_price ?? null;
  await show(ctx, transcriptConfirmView(ctx, granted, answer.call, index, price));
});

onTap(voiceAnswers, soundPattern('answerTranscriptYes', 2), 'content.edit', async (ctx, granted, [callId = 0, index = 0]) => {
  const api = await apiOf(ctx, granted);
  const answer = await answerOf(api, callId, index);
  if (!answer) {
    await ctx.answerCallbackQuery({ text: ctx.t('stale-button') });
    return;
  }
  const { call, file } = answer;
  const phone = formatPhone(call.number);
  const key = transcriptKey(granted, file);
  let text = await ctx.deps.store.kv.get(key);
  if (text === null) {
    try {
      text = (await api.sounds.listen(file, 'text')).text ?? '';
    } catch (error) {
      if (!isAutocallError(error) || error.kind !== 'insufficient_funds') throw error;
      await recordAction(ctx, granted.account.id, 'voice.transcript', `${file} (${phone})`, error.serverMessage ?? error.kind);
      const balance = await api.payments.balance().then(
        (found) => found.balance,
        () => null,
      );
      return show(ctx, transcriptFundsView(ctx, granted, call, balance));
    }
    await ctx.deps.store.kv.setOnce(key, text, TRANSCRIPT_KEPT_MS);
    await recordAction(ctx, granted.account.id, 'voice.transcript', `${file} (${phone})`);
  }
  await show(ctx, callAnswersView(ctx, granted, call));
  await ctx.reply(ctx.t(text === '' ? 'answers-transcript-empty' : 'answers-transcript', { position: index + 1, phone, text }), { parse_mode: 'HTML' });
});
