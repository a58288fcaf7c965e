/**
 * Step "numbers": any mix of pasted messages, documents (CSV/TSV/XLSX) and shared contacts, until Done. After each
 * input the step is asked again with what that input added and the running totals. Reading and merging happen in
 * `conversation.external`; a file's progress shows on the prompt it answers.
 */
import { InlineKeyboard } from 'grammy';
import type { BotContext } from '../../bot/context.js';
import { CONTACT_FILE_MAX_BYTES } from '../../domain/contact-file/index.js';
import { truncateText } from '../../domain/text/index.js';
import type { ContactTotals } from '../../domain/contacts/index.js';
import type { Reply } from '../kit/replies.js';
import { choice } from '../kit/wizard-ui.js';
import { clearCollection, collectContact, collectDocument, collectText, type FileSummary, type InputOutcome, NO_TOTALS } from './collect-input.js';
import type { ListDraft, Move, StepFrame } from './list-draft.js';
import { describeSource } from './rejection-text.js';

const DONE = 'done';
const CLEAR = 'clear';
const MB = 1024 * 1024;
/** A wide sheet's headers are cut and its variables listed up to a point, so the step stays one message. */
const HEADER_SHOWN = 40;
const VARIABLES_SHOWN = 12;

type Translate = BotContext['t'];

const anything = (totals: ContactTotals) => totals.valid + totals.duplicates + totals.invalid > 0;

function fileLines(t: Translate, file: FileSummary): string {
  const format =
    file.format === 'xlsx'
      ? t('newlist-file-xlsx')
      : t('newlist-file-csv', { encoding: (file.encoding ?? 'utf-8').toUpperCase(), delimiter: file.delimiter === '\t' ? 'Tab' : (file.delimiter ?? ';') });
  const parts = [format, t(file.hasHeader ? 'newlist-file-header' : 'newlist-file-no-header')];
  if (file.layout === 'lines') parts.push(t('newlist-file-lines'));
  if (file.phoneColumn !== null) parts.push(t('newlist-file-phone', { column: truncateText(file.phoneColumn, HEADER_SHOWN) }));
  if (file.noteColumn !== null) parts.push(t('newlist-file-note', { column: truncateText(file.noteColumn, HEADER_SHOWN) }));
  if (file.variables.length > 0) {
    const shown = file.variables.slice(0, VARIABLES_SHOWN).map((key) => `{{${key}}}`);
    if (file.variables.length > VARIABLES_SHOWN) shown.push('…');
    parts.push(t('newlist-file-variables', { variables: shown.join(', ') }));
  }
  return parts.join(' · ');
}

function body(t: Translate, draft: ListDraft): string {
  // The full instructions until something arrives; then a line, so a long session keeps its prompts short.
  const parts = [anything(draft.totals) ? t('newlist-ask-more') : t('newlist-ask-numbers', { limit: CONTACT_FILE_MAX_BYTES / MB })];
  const last = draft.last;
  if (last) {
    const added = t('newlist-added', { sourceHtml: describeSource(t, last.source), valid: last.added.valid, duplicates: last.added.duplicates, invalid: last.added.invalid });
    parts.push(last.file ? `${added}\n${fileLines(t, last.file)}` : added);
  }
  if (anything(draft.totals)) parts.push(t('newlist-totals', { valid: draft.totals.valid, duplicates: draft.totals.duplicates, invalid: draft.totals.invalid }));
  return parts.join('\n\n');
}

function choices(t: Translate, draft: ListDraft): InlineKeyboard {
  const keyboard = new InlineKeyboard().text(t('newlist-btn-done'), choice(DONE));
  if (anything(draft.totals)) keyboard.text(t('newlist-btn-clear'), choice(CLEAR));
  return keyboard;
}

/** What went wrong with an input, for the re-asked step. */
function problem(t: Translate, outcome: Exclude<InputOutcome, { ok: true }>): string {
  switch (outcome.kind) {
    case 'too_large':
      return t('newlist-file-too-large', { limit: outcome.limit / MB });
    case 'unsupported_format':
      return t(`newlist-file-${outcome.format}`);
    case 'no_phone_column':
      return t('newlist-file-no-phone-column', { columns: outcome.columns });
    case 'empty':
    case 'unreadable':
    case 'unavailable':
    case 'expired':
    case 'no_numbers':
      return t(`newlist-input-${outcome.kind}`);
  }
}

async function collect(frame: StepFrame, reply: Exclude<Reply, { kind: 'choice' }>): Promise<InputOutcome | null> {
  const { ui, conversation, draft } = frame;
  const target = { wizardId: draft.wizardId, expected: draft.totals };
  switch (reply.kind) {
    case 'text': {
      draft.texts += 1;
      const source = `text:${draft.texts}` as const;
      return conversation.external((outside: BotContext) => collectText(outside, target, reply.text, source));
    }
    case 'contact':
      return conversation.external((outside: BotContext) => collectContact(outside, target, reply));
    case 'document': {
      // Refused on sight: Telegram would not hand the bot a bigger file anyway.
      if (reply.size !== null && reply.size > CONTACT_FILE_MAX_BYTES) return { ok: false, kind: 'too_large', limit: CONTACT_FILE_MAX_BYTES };
      await ui.progress(ui.ctx.t('newlist-reading', { file: reply.fileName }));
      const document = { fileId: reply.fileId, fileName: reply.fileName, size: reply.size };
      const outcome = await conversation.external((outside: BotContext) => collectDocument(outside, target, document));
      await ui.progress(ui.ctx.t(outcome.ok ? 'newlist-read' : 'newlist-not-read', { file: reply.fileName }));
      return outcome;
    }
    case 'audio':
      return null;
  }
}

/**
 * Asks once and takes one answer: `stay` after an input (the step is asked again with what it added), so the
 * wizard's step record holds the totals and the conversation's log never more than one input.
 */
export async function numbersStep(frame: StepFrame): Promise<Move | 'stay'> {
  const { ui, conversation, draft, step, of } = frame;
  const t = ui.ctx.t.bind(ui.ctx);
  const answer = await ui.ask({ step, of, body: body(t, draft), choices: choices(t, draft), accept: ['text', 'document', 'contact'] });
  if (answer.kind === 'back') return 'back';
  if (answer.kind === 'choice') {
    if (answer.value === DONE) {
      if (draft.totals.valid > 0) return 'next';
      ui.invalid(ui.ctx.t('newlist-nothing-yet'));
    }
    if (answer.value === CLEAR) {
      await conversation.external((outside: BotContext) => clearCollection(outside, draft.wizardId));
      draft.totals = NO_TOTALS;
      draft.last = null;
    }
    return 'stay';
  }
  const outcome = await collect(frame, answer);
  if (outcome === null) return 'stay';
  if (outcome.ok) {
    draft.totals = outcome.totals;
    draft.last = outcome;
    return 'stay';
  }
  if (outcome.kind === 'expired') {
    draft.totals = NO_TOTALS;
    draft.last = null;
  }
  ui.invalid(problem(ui.ctx.t.bind(ui.ctx), outcome));
  return 'stay';
}
