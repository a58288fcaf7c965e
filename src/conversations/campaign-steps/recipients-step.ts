/**
 * The recipients step of both launch wizards: contact lists picked from a paged multi-select with their contact
 * counts, and/or numbers sent straight here — pasted text, a CSV/XLSX file (other columns become `{{variables}}`)
 * or shared contacts — up to the 5,000 a campaign takes inline. After each input the person sees what was added,
 * what was a repeat and which lines were not numbers; variables the SMS texts use and the numbers lack are flagged.
 */
import { InlineKeyboard } from 'grammy';
import { type AutocallApi, isAutocallError } from '../../api/index.js';
import type { WizardContext } from '../../bot/context.js';
import { variableGaps } from '../../domain/campaign/index.js';
import { INLINE_CHUNK_SIZE } from '../../domain/contacts/index.js';
import { formatCount } from '../../domain/format/index.js';
import { truncateText } from '../../domain/text/index.js';
import { pickerKeyboard, readPickerTap } from '../kit/paged-picker.js';
import { choice } from '../kit/wizard-ui.js';
import { describeRejection } from '../new-list/rejection-text.js';
import { addInline, clearInline, type InlineAddition, type InlineSummary, NO_INLINE, type RejectedLine } from './inline-recipients.js';
import { type RowPage, rowPage } from './row-page.js';
import { type Move, type StepPosition, type WizardEnv, withApi } from '../kit/wizard-env.js';

/** A contact list chosen as recipients. */
export interface ChosenList {
  readonly id: number;
  readonly name: string;
  readonly count: number;
}

/** Who a campaign goes to, as the conversation keeps it: the lists and the counts of the numbers sent. */
export interface Recipients {
  readonly lists: readonly ChosenList[];
  readonly inline: InlineSummary;
}

export const NO_RECIPIENTS: Recipients = { lists: [], inline: NO_INLINE };

/** Contacts of the lists plus the numbers sent: an upper bound, as a number may be in several lists. */
function recipientCount(recipients: Recipients): number {
  return recipients.lists.reduce((sum, list) => sum + list.count, 0) + recipients.inline.count;
}

export interface RecipientsStepOptions extends StepPosition {
  /** Whose contract pattern the numbers must meet. */
  readonly phoneKind: 'autocall' | 'bulk';
  /** `{{variables}}` of the campaign's SMS texts, to flag numbers sent without them. */
  readonly variables: readonly string[];
}

type ListPage = RowPage<ChosenList>;

const LABEL_MAX = 32;

function listPage(api: AutocallApi, page: number): Promise<ListPage> {
  return rowPage((apiPage) => api.lists.list({ page: apiPage }), page, (l) => ({ id: l.id, name: l.name, count: l.contacts_count }));
}

/** One list, for a wizard started from a list's card ("Call this list"); null when it is gone. */
export async function chosenList(api: AutocallApi, id: number): Promise<ChosenList | null> {
  try {
    const list = await api.lists.get(id);
    return { id: list.id, name: list.name, count: list.contacts_count };
  } catch (error) {
    if (isAutocallError(error) && error.kind === 'not_found') return null;
    throw error;
  }
}

/** The recipients in a line of the summary: the lists by name and the count of numbers sent. */
export function recipientsText(ctx: WizardContext, recipients: Recipients): string {
  const lang = ctx.viewer.lang;
  const parts: string[] = [];
  if (recipients.lists.length > 0) {
    const names = recipients.lists.map((list) => `«${truncateText(list.name, LABEL_MAX)}»`).join(', ');
    const contacts = formatCount(recipients.lists.reduce((sum, list) => sum + list.count, 0), lang);
    parts.push(ctx.t('launch-recipients-lists', { names, contacts }));
  }
  if (recipients.inline.count > 0) parts.push(ctx.t('launch-recipients-numbers', { numbers: formatCount(recipients.inline.count, lang) }));
  return parts.join('; ');
}

function chosenLine(ctx: WizardContext, recipients: Recipients): string {
  if (recipientCount(recipients) === 0) return ctx.t('launch-recipients-nothing');
  return ctx.t('launch-recipients-chosen', { valueHtml: recipientsText(ctx, recipients) });
}

function rejectedLines(ctx: WizardContext, rejected: readonly RejectedLine[]): string {
  return rejected.map((r) => ctx.t('launch-recipients-rejected-line', { line: r.line, text: r.text, reasonHtml: describeRejection(ctx.t, r.reason) })).join('\n');
}

function additionText(ctx: WizardContext, addition: Extract<InlineAddition, { ok: true }>): string {
  const lang = ctx.viewer.lang;
  const head = ctx.t('launch-recipients-added', {
    added: formatCount(addition.added, lang),
    duplicates: formatCount(addition.duplicates, lang),
    rejected: formatCount(addition.rejectedCount, lang),
  });
  return addition.rejected.length === 0 ? head : `${head}\n${rejectedLines(ctx, addition.rejected)}`;
}

function refusalText(ctx: WizardContext, refusal: Extract<InlineAddition, { ok: false }>): string {
  switch (refusal.kind) {
    case 'nothing_found':
      return [ctx.t('launch-recipients-nothing-found'), rejectedLines(ctx, refusal.rejected)].filter((line) => line !== '').join('\n');
    case 'over_limit':
      return ctx.t('launch-recipients-over-limit', { limit: formatCount(refusal.limit, ctx.viewer.lang) });
    case 'file_too_large':
      return ctx.t('launch-file-too-large', { limit: refusal.limitMb });
    default:
      return ctx.t(`launch-${refusal.kind.replaceAll('_', '-')}`);
  }
}

function gapLines(ctx: WizardContext, recipients: Recipients, variables: readonly string[]): string[] {
  const counts = { total: recipients.inline.count, have: recipients.inline.variables };
  return variableGaps(variables, counts).map((gap) =>
    ctx.t('launch-recipients-gap', { variable: `{{${gap.variable}}}`, missing: formatCount(gap.missing, ctx.viewer.lang), of: formatCount(gap.of, ctx.viewer.lang) }),
  );
}

function body(ctx: WizardContext, recipients: Recipients, page: ListPage, feedback: string | null, variables: readonly string[]): string {
  const lists = page.total === 0 ? ctx.t('launch-recipients-no-lists') : ctx.t('launch-recipients-lists-page', { page: page.page + 1, pages: page.pages });
  const parts = [ctx.t('launch-recipients-intro', { limit: formatCount(INLINE_CHUNK_SIZE, ctx.viewer.lang) }), chosenLine(ctx, recipients)];
  if (feedback) parts.push(feedback);
  parts.push(...gapLines(ctx, recipients, variables), lists);
  return parts.join('\n\n');
}

function keyboard(ctx: WizardContext, recipients: Recipients, page: ListPage): InlineKeyboard {
  const lang = ctx.viewer.lang;
  const items = page.rows.map((row) => ({ id: String(row.id), label: `${truncateText(row.name, LABEL_MAX)} · ${formatCount(row.count, lang)}` }));
  const keys = pickerKeyboard({ items, page: page.page, pages: page.pages }, recipients.lists.map((list) => String(list.id)));
  if (recipients.inline.count > 0) keys.text(ctx.t('launch-btn-clear-numbers'), choice('clear'));
  if (recipientCount(recipients) > 0) keys.text(ctx.t('launch-btn-next'), choice('next'));
  return keys;
}

function toggleList(recipients: Recipients, row: ChosenList): Recipients {
  const chosen = recipients.lists.some((list) => list.id === row.id);
  return { ...recipients, lists: chosen ? recipients.lists.filter((list) => list.id !== row.id) : [...recipients.lists, row] };
}

/** Asks for recipients until the person moves on; everything chosen is kept when they come back. */
export async function askRecipients(env: WizardEnv, current: Recipients, options: RecipientsStepOptions): Promise<{ move: Move; recipients: Recipients }> {
  const { ui } = env;
  let recipients = current;
  let wanted = 0;
  let page: ListPage | null = null;
  let feedback: string | null = null;
  for (;;) {
    if (page?.page !== wanted) {
      page = await withApi(env, (api) => listPage(api, wanted));
      // A stale ‹ › lands on the nearest page that exists.
      wanted = page.page;
    }
    const shown: ListPage = page;
    const answer = await ui.ask({
      step: options.step,
      of: options.of,
      body: body(ui.ctx, recipients, shown, feedback, options.variables),
      choices: keyboard(ui.ctx, recipients, shown),
      accept: ['text', 'document', 'contact'],
    });
    feedback = null;
    if (answer.kind === 'back') return { move: 'back', recipients };
    if (answer.kind === 'choice') {
      if (answer.value === 'next') {
        if (recipientCount(recipients) > 0) return { move: 'next', recipients };
        ui.invalid(ui.ctx.t('launch-recipients-none'));
        continue;
      }
      if (answer.value === 'clear') {
        await env.conversation.external((outside) => clearInline(outside.deps.store, env.wizardId));
        recipients = { ...recipients, inline: NO_INLINE };
        continue;
      }
      const tap = readPickerTap(answer.value);
      if (tap?.kind === 'page') wanted = tap.page;
      const row = tap?.kind === 'pick' ? shown.rows.find((r) => String(r.id) === tap.id) : undefined;
      if (row?.count === 0) ui.invalid(ui.ctx.t('launch-list-empty', { name: row.name }));
      else if (row) recipients = toggleList(recipients, row);
      continue;
    }
    // Audio is not among the kinds this step accepts; the kit never returns it here.
    if (answer.kind === 'audio') continue;
    if (answer.kind === 'document') await ui.progress(ui.ctx.t('launch-reading-file'));
    const input = answer;
    const addition = await env.conversation.external((outside) => addInline(outside, env.wizardId, input, options.phoneKind));
    if (addition.ok) {
      recipients = { ...recipients, inline: addition.summary };
      feedback = additionText(ui.ctx, addition);
    } else ui.invalid(refusalText(ui.ctx, addition));
  }
}
