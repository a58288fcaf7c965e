/**
 * One input of the numbers step — a pasted message, a document, a shared contact — read and merged into the
 * wizard's collection (a draft in the store). Runs inside `conversation.external`: it downloads, parses and
 * writes; the conversation gets back only counts and what the bot understood of a file.
 */
import { downloadTelegramFile } from '../../bot/downloads.js';
import type { BotContext } from '../../bot/context.js';
import { CONTACT_FILE_MAX_BYTES, parseContactFile, type ContactFileDetails, type ContactFileError } from '../../domain/contact-file/index.js';
import { parsePastedContacts, parseSharedContact, type ContactTotals, type ParsedContacts } from '../../domain/contacts/index.js';
import { addToDraft, deleteDraft } from './contact-draft.js';

/** Where an input came from; stored beside each refused number (`text:2`, `file:clients.csv`, `contact`). */
export type InputSource = `text:${number}` | `file:${string}` | 'contact';

/** What the bot understood of a file, for the person to check. */
export interface FileSummary {
  format: ContactFileDetails['format'];
  encoding: string | null;
  delimiter: string | null;
  layout: ContactFileDetails['layout'];
  hasHeader: boolean;
  phoneColumn: string | null;
  noteColumn: string | null;
  variables: string[];
  rows: number;
}

export type InputOutcome =
  | { ok: true; source: InputSource; added: ContactTotals; totals: ContactTotals; file: FileSummary | null }
  /** A message without a single number in it: probably not meant as numbers at all. */
  | { ok: false; kind: 'no_numbers' }
  /** The collection vanished from the store (it outlives any wizard, so only if the store lost it). */
  | { ok: false; kind: 'expired' }
  | { ok: false; kind: 'unavailable' }
  | ({ ok: false } & ContactFileError);

export const NO_TOTALS: ContactTotals = { valid: 0, duplicates: 0, invalid: 0, truncated: 0 };

export interface CollectTarget {
  wizardId: string;
  /** What the conversation believes it has collected (and shows): a missing draft then means it was lost. */
  expected: ContactTotals;
}

async function merge(ctx: BotContext, target: CollectTarget, parsed: ParsedContacts, source: InputSource, file: FileSummary | null): Promise<InputOutcome> {
  const before = target.expected;
  const totals = await addToDraft(ctx.deps.store, target.wizardId, parsed, source, before);
  if (totals === null) return { ok: false, kind: 'expired' };
  const added: ContactTotals = {
    valid: totals.valid - before.valid,
    duplicates: totals.duplicates - before.duplicates,
    invalid: totals.invalid - before.invalid,
    truncated: totals.truncated - before.truncated,
  };
  return { ok: true, source, added, totals, file };
}

export async function collectText(ctx: BotContext, target: CollectTarget, text: string, source: InputSource): Promise<InputOutcome> {
  const parsed = parsePastedContacts(text, 'list');
  if (parsed.valid.length === 0 && parsed.invalid.every((entry) => entry.reason.kind === 'no_phone')) return { ok: false, kind: 'no_numbers' };
  return merge(ctx, target, parsed, source, null);
}

export async function collectContact(ctx: BotContext, target: CollectTarget, contact: { phone: string; name: string }): Promise<InputOutcome> {
  return merge(ctx, target, parseSharedContact({ phone_number: contact.phone, first_name: contact.name }, 'list'), 'contact', null);
}

export interface DocumentInput {
  fileId: string;
  fileName: string;
  /** As Telegram declared it; a bigger file is refused before anything is downloaded. */
  size: number | null;
}

export async function collectDocument(ctx: BotContext, target: CollectTarget, document: DocumentInput): Promise<InputOutcome> {
  if (document.size !== null && document.size > CONTACT_FILE_MAX_BYTES) return { ok: false, kind: 'too_large', limit: CONTACT_FILE_MAX_BYTES };
  const source = { api: ctx.api, apiRoot: ctx.deps.config.TELEGRAM_API_ROOT };
  const download = await downloadTelegramFile(source, document.fileId, CONTACT_FILE_MAX_BYTES, document.size ?? undefined);
  if (!download.ok) return download.kind === 'too_big' ? { ok: false, kind: 'too_large', limit: CONTACT_FILE_MAX_BYTES } : { ok: false, kind: 'unavailable' };
  const result = await parseContactFile({ size: download.bytes.byteLength, data: download.bytes }, { kind: 'list' });
  if (!result.ok) {
    const { ok: _ok, ...error } = result;
    return { ok: false, ...error };
  }
  return merge(ctx, target, result.contacts, `file:${document.fileName}`, summarise(result.file));
}

function summarise(file: ContactFileDetails): FileSummary {
  const header = (role: 'phone' | 'extra') => file.columns.find((column) => column.role === role)?.header ?? null;
  return {
    format: file.format,
    encoding: file.encoding ?? null,
    delimiter: file.delimiter ?? null,
    layout: file.layout,
    hasHeader: file.hasHeader,
    phoneColumn: header('phone'),
    noteColumn: header('extra'),
    variables: file.columns.flatMap((column) => (column.role !== 'phone' && column.variable !== undefined ? [column.variable] : [])),
    rows: file.rows,
  };
}

/** Start over: the collection is forgotten. */
export async function clearCollection(ctx: BotContext, wizardId: string): Promise<void> {
  await deleteDraft(ctx.deps.store, wizardId);
}
