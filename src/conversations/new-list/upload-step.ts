/**
 * After the review: the upload with one progress message edited in place (`▓▓▓▓░░░░░░ 40 000 / 100 000`), a
 * Resume step when AutoCall stops taking parts (the list so far is reported), and the result card with the
 * campaigns it can start.
 */
import { InlineKeyboard } from 'grammy';
import type { BotContext } from '../../bot/context.js';
import { links } from '../../bot/links.js';
import { formatCount, progressBar } from '../../domain/format/index.js';
import { choice } from '../kit/wizard-ui.js';
import type { StepFrame } from './list-draft.js';
import { finishUpload, listCount, sendPart, startUpload, type Upload, type UploadJob, type UploadStop, uploadedThrough } from './upload.js';

const RESUME = 'resume';

/** How the upload ended: done (the card was sent), or back to the review with the reason shown there. */
export type UploadEnd = 'done' | 'review';

function progressText(frame: StepFrame, upload: Upload, done: number): string {
  const lang = frame.ui.ctx.viewer.lang;
  return frame.ui.ctx.t('newlist-uploading', {
    name: upload.name,
    bar: progressBar(done / upload.total),
    done: formatCount(done, lang),
    total: formatCount(upload.total, lang),
  });
}

function stopText(frame: StepFrame, stop: UploadStop): string {
  const t = frame.ui.ctx.t.bind(frame.ui.ctx);
  return stop.kind === 'refused' ? stop.reasonHtml : t(`newlist-stop-${stop.kind}`);
}

/** Sends every part not sent yet; the first one that fails stops the run. */
async function sendParts(frame: StepFrame, job: UploadJob, upload: Upload): Promise<UploadStop | null> {
  for (let index = 0; index < upload.parts; index++) {
    const sent = await frame.conversation.external((outside: BotContext) => sendPart(outside, job, upload, index));
    if (!sent.ok) return sent;
    await frame.ui.progress(progressText(frame, upload, uploadedThrough(upload, index)));
  }
  return null;
}

async function resultCard(frame: StepFrame, job: UploadJob, upload: Upload): Promise<void> {
  const { ui, conversation, draft } = frame;
  const list = await conversation.external((outside: BotContext) => finishUpload(outside, job, upload));
  const t = ui.ctx.t.bind(ui.ctx);
  const lang = ui.ctx.viewer.lang;
  const vars = { name: list.name, id: String(list.id), count: formatCount(list.count, lang), added: formatCount(upload.total, lang) };
  const keyboard = new InlineKeyboard().text(t('newlist-btn-call'), links.callList(draft.accountId, list.id)).text(t('newlist-btn-sms'), links.smsList(draft.accountId, list.id));
  await ui.finish(t(job.listId === null ? 'newlist-created' : 'newlist-appended', vars), keyboard);
}

/** Says what the list holds and why the upload stopped; returns once the person taps Resume. */
async function askResume(frame: StepFrame, job: UploadJob, upload: Upload, stop: UploadStop): Promise<void> {
  const { ui, conversation, step, of } = frame;
  const held = await conversation.external((outside: BotContext) => listCount(outside, job, upload));
  const lang = ui.ctx.viewer.lang;
  const vars = { name: upload.name, id: String(upload.listId), total: formatCount(upload.base + upload.total, lang) };
  const body = held === null ? ui.ctx.t('newlist-half-unknown', vars) : ui.ctx.t('newlist-half', { ...vars, held: formatCount(held, lang) });
  ui.invalid(stopText(frame, stop));
  for (;;) {
    const answer = await ui.ask({ step, of, body, choices: new InlineKeyboard().text(ui.ctx.t('newlist-btn-resume'), choice(RESUME)), accept: ['choice'], back: false });
    if (answer.kind === 'choice' && answer.value === RESUME) break;
  }
  await ui.progress(progressText(frame, upload, Math.max(0, (held ?? upload.base) - upload.base)));
}

export async function uploadStep(frame: StepFrame): Promise<UploadEnd> {
  const { ui, conversation, draft } = frame;
  const job: UploadJob = { wizardId: draft.wizardId, accountId: draft.accountId, listId: draft.listId, name: draft.name };
  await ui.progress(ui.ctx.t('newlist-starting', { name: draft.name }));
  const started = await conversation.external((outside: BotContext) => startUpload(outside, job));
  if (!started.ok) {
    if (started.kind === 'list_gone') {
      await ui.finish(ui.ctx.t('newlist-stop-list_gone'));
      return 'done';
    }
    ui.invalid(stopText(frame, started));
    return 'review';
  }
  const upload = started.upload;
  for (let stop = await sendParts(frame, job, upload); stop !== null; stop = await sendParts(frame, job, upload)) {
    if (stop.kind === 'list_gone') {
      await ui.finish(ui.ctx.t('newlist-stop-list_gone'));
      return 'done';
    }
    await askResume(frame, job, upload, stop);
  }
  await resultCard(frame, job, upload);
  return 'done';
}
