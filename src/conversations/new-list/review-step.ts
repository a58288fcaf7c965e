/** Step "review": what will be uploaded and what was refused, with one button to upload. */
import { InlineKeyboard } from 'grammy';
import type { BotContext } from '../../bot/context.js';
import { choice } from '../kit/wizard-ui.js';
import type { Move, StepFrame } from './list-draft.js';
import { QUOTED_REFUSALS, type Review, prepareReview, REFUSALS_FILE_NAME } from './review.js';

const UPLOAD = 'upload';

function body(t: BotContext['t'], frame: StepFrame, review: Review): string {
  const { draft } = frame;
  const { totals } = review;
  const parts = [draft.listId === null ? t('newlist-review-new', { name: draft.name }) : t('newlist-review-append', { name: draft.name }), t('newlist-review-valid', { count: totals.valid })];
  if (totals.duplicates > 0) parts.push(t('newlist-review-duplicates', { count: totals.duplicates }));
  if (totals.truncated > 0) parts.push(t('newlist-review-truncated', { count: totals.truncated }));
  if (totals.invalid > 0) {
    parts.push(`${t('newlist-review-invalid', { count: totals.invalid })}\n${review.groupsHtml.join('\n')}`);
    parts.push(`${t('newlist-review-first', { count: Math.min(QUOTED_REFUSALS, totals.invalid) })}\n${review.quotedHtml.join('\n')}`);
    if (totals.invalid > QUOTED_REFUSALS) parts.push(t('newlist-review-all-in-file', { file: REFUSALS_FILE_NAME }));
  }
  return parts.join('\n\n');
}

/** 'next' uploads; 'back' returns to the numbers; null: the collection is gone and the numbers must be sent again. */
export async function reviewStep(frame: StepFrame): Promise<Move | null> {
  const { ui, conversation, draft, step, of } = frame;
  const sendFile = draft.refusalsSentFor !== draft.totals.invalid;
  const review = await conversation.external((outside: BotContext) => prepareReview(outside, draft.wizardId, sendFile));
  if (review === null) return null;
  if (review.fileSent) draft.refusalsSentFor = review.totals.invalid;
  for (;;) {
    const t = ui.ctx.t.bind(ui.ctx);
    const label = draft.listId === null ? t('newlist-btn-create', { count: review.totals.valid }) : t('newlist-btn-append', { count: review.totals.valid });
    const answer = await ui.ask({ step, of, body: body(t, frame, review), choices: new InlineKeyboard().text(label, choice(UPLOAD)), accept: ['choice'] });
    if (answer.kind === 'back') return 'back';
    if (answer.kind === 'choice' && answer.value === UPLOAD) return 'next';
  }
}
