/**
 * The review before an upload: how many numbers go, how many repeats were dropped, which numbers were refused and
 * why. The first refusals are quoted with their line; when there are more, all of them go out as a CSV document
 * the person can fix and send back. Runs inside `conversation.external` (it reads the refusals from the draft).
 */
import { InputFile } from 'grammy';
import type { BotContext } from '../../bot/context.js';
import type { CollectedInvalid, ContactTotals } from '../../domain/contacts/index.js';
import { toCsv } from '../../domain/csv/index.js';
import { groupRejections } from '../../domain/list-review/index.js';
import { htmlToPlainText, truncateText } from '../../domain/text/index.js';
import { loadRefusals, readTotals } from './contact-draft.js';
import { describeGroup, describeRejection, describeSource } from './rejection-text.js';

/** Refusals quoted in the message; the rest are in the document. */
export const QUOTED_REFUSALS = 10;
/** Reasons listed with their counts. */
const REASON_GROUPS = 6;
const QUOTE_MAX = 40;
export const REFUSALS_FILE_NAME = 'invalid-numbers.csv';

export interface Review {
  totals: ContactTotals;
  /** Ready lines (HTML): reasons with counts, then the first refusals. */
  groupsHtml: string[];
  quotedHtml: string[];
  /** The document with every refusal went out with this review. */
  fileSent: boolean;
}

function quote(t: BotContext['t'], entry: CollectedInvalid): string {
  return t('newlist-refusal', {
    line: String(entry.line),
    sourceHtml: describeSource(t, entry.source),
    text: truncateText(entry.text, QUOTE_MAX),
    reasonHtml: describeRejection(t, entry.reason),
  });
}

/**
 * Builds the review; sends the refusals' document when there are more than can be quoted and `sendFile` says the
 * person has not had this one yet. Null when the collection is gone.
 */
export async function prepareReview(ctx: BotContext, wizardId: string, sendFile: boolean): Promise<Review | null> {
  const totals = await readTotals(ctx.deps.store, wizardId);
  if (totals === null) return null;
  const t = ctx.t.bind(ctx);
  const invalid = totals.invalid === 0 ? [] : await loadRefusals(ctx.deps.store, wizardId);
  const fileSent = sendFile && invalid.length > QUOTED_REFUSALS && ctx.chat !== undefined;
  if (fileSent && ctx.chat) {
    const rows = invalid.map((entry) => [htmlToPlainText(describeSource(t, entry.source)), entry.line, entry.text, htmlToPlainText(describeRejection(t, entry.reason))]);
    const header = [t('newlist-csv-source'), t('newlist-csv-line'), t('newlist-csv-text'), t('newlist-csv-reason')].map(htmlToPlainText);
    await ctx.api.sendDocument(ctx.chat.id, new InputFile(toCsv(header, rows), REFUSALS_FILE_NAME), {
      caption: t('newlist-refusals-file', { count: invalid.length }),
      parse_mode: 'HTML',
    });
  }
  return {
    totals,
    groupsHtml: groupRejections(invalid).slice(0, REASON_GROUPS).map((group) => describeGroup(t, group)),
    quotedHtml: invalid.slice(0, QUOTED_REFUSALS).map((entry) => quote(t, entry)),
    fileSent,
  };
}
