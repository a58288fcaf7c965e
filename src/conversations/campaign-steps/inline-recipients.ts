/**
 * Numbers a person sends straight into a launch wizard (pasted text, a CSV/XLSX file, shared contacts), kept as a
 * draft in the store under the wizard's id: up to 5,000 contacts with their notes and variables would make the
 * conversation's state fat, so the conversation keeps only the counts (`InlineSummary`).
 */
import { z } from 'zod';
import type { BotContext } from '../../bot/context.js';
import { downloadTelegramFile } from '../../bot/downloads.js';
import { countVariables } from '../../domain/campaign/index.js';
import { CONTACT_FILE_MAX_BYTES, parseContactFile } from '../../domain/contact-file/index.js';
import {
  clip,
  ContactCollector,
  INLINE_CHUNK_SIZE,
  parsePastedContacts,
  parseSharedContact,
  type ContactRejection,
  type ParsedContacts,
} from '../../domain/contacts/index.js';
import type { PhoneKind } from '../../domain/phone/index.js';
import { truncateText } from '../../domain/text/index.js';
import type { Store } from '../../store/index.js';
import type { Reply } from '../kit/replies.js';

const inlineContact = z.object({
  number: z.string(),
  extra: z.string().nullable(),
  variables: z.record(z.string(), z.string()).nullable(),
});

const inlineDraft = z.object({
  contacts: z.array(inlineContact),
  duplicates: z.number(),
  invalid: z.number(),
});

export type InlineContact = z.infer<typeof inlineContact>;
type InlineDraft = z.infer<typeof inlineDraft>;

/** The numbers sent so far, as the conversation keeps them: counts only. */
export interface InlineSummary {
  readonly count: number;
  readonly duplicates: number;
  readonly invalid: number;
  /** How many of the numbers have a value for each variable. */
  readonly variables: Readonly<Record<string, number>>;
}

export const NO_INLINE: InlineSummary = { count: 0, duplicates: 0, invalid: 0, variables: {} };

/** A line that gave no number, shown back to the person (the first few of an input). */
export interface RejectedLine {
  readonly line: number;
  readonly text: string;
  readonly reason: ContactRejection;
}

/** What one input did to the numbers sent so far. */
export type InlineAddition =
  | {
      readonly ok: true;
      readonly summary: InlineSummary;
      readonly added: number;
      readonly duplicates: number;
      readonly rejected: readonly RejectedLine[];
      readonly rejectedCount: number;
    }
  | { readonly ok: false; readonly kind: 'nothing_found'; readonly rejected: readonly RejectedLine[]; readonly rejectedCount: number }
  | { readonly ok: false; readonly kind: 'over_limit'; readonly limit: number }
  | { readonly ok: false; readonly kind: 'file_too_large'; readonly limitMb: number }
  | { readonly ok: false; readonly kind: 'file_unsupported' | 'file_empty' | 'file_no_phone_column' | 'file_unreadable' | 'file_unavailable' };

/** Inputs the recipients step takes. */
export type RecipientInput = Extract<Reply, { kind: 'text' | 'document' | 'contact' }>;

/** A wizard lives a day without a touch; its draft outlives it a little, in case the last step is slow. */
const DRAFT_TTL_MS = 48 * 60 * 60 * 1000;
const SHOWN_REJECTIONS = 5;
const REJECTED_TEXT_MAX = 40;
const MB = 1024 * 1024;

const draftKey = (wizardId: string) => `${wizardId}:inline`;
const EMPTY: InlineDraft = { contacts: [], duplicates: 0, invalid: 0 };

/** The numbers sent into the wizard so far. */
export async function readInline(store: Store, wizardId: string): Promise<InlineDraft> {
  return (await store.drafts.get(draftKey(wizardId), inlineDraft)) ?? EMPTY;
}

export async function clearInline(store: Store, wizardId: string): Promise<void> {
  await store.drafts.delete(draftKey(wizardId));
}

function summaryOf(draft: InlineDraft): InlineSummary {
  return {
    count: draft.contacts.length,
    duplicates: draft.duplicates,
    invalid: draft.invalid,
    variables: countVariables(draft.contacts.map((c) => c.variables)).have,
  };
}

type Parsed = { ok: true; contacts: ParsedContacts } | Extract<InlineAddition, { ok: false }>;

async function parseInput(outside: BotContext, input: RecipientInput, kind: PhoneKind): Promise<Parsed> {
  if (input.kind === 'text') return { ok: true, contacts: parsePastedContacts(input.text, kind) };
  if (input.kind === 'contact') return { ok: true, contacts: parseSharedContact({ phone_number: input.phone, first_name: input.name }, kind) };
  const source = { api: outside.api, apiRoot: outside.deps.config.TELEGRAM_API_ROOT };
  const download = await downloadTelegramFile(source, input.fileId, CONTACT_FILE_MAX_BYTES, input.size ?? undefined);
  if (!download.ok) return download.kind === 'too_big' ? { ok: false, kind: 'file_too_large', limitMb: CONTACT_FILE_MAX_BYTES / MB } : { ok: false, kind: 'file_unavailable' };
  const file = await parseContactFile({ size: download.bytes.byteLength, data: download.bytes }, { kind });
  if (file.ok) return { ok: true, contacts: file.contacts };
  switch (file.kind) {
    case 'too_large':
      return { ok: false, kind: 'file_too_large', limitMb: file.limit / MB };
    case 'unsupported_format':
      return { ok: false, kind: 'file_unsupported' };
    case 'empty':
      return { ok: false, kind: 'file_empty' };
    case 'no_phone_column':
      return { ok: false, kind: 'file_no_phone_column' };
    case 'unreadable':
      return { ok: false, kind: 'file_unreadable' };
  }
}

/**
 * Reads one input and adds its numbers to the draft: numbers sent earlier count as duplicates, and an input that
 * would take the total over the 5,000 numbers a campaign takes inline is refused whole (nothing half-added).
 */
export async function addInline(outside: BotContext, wizardId: string, input: RecipientInput, kind: PhoneKind): Promise<InlineAddition> {
  const parsed = await parseInput(outside, input, kind);
  if (!parsed.ok) return parsed;
  const { contacts } = parsed;
  const rejected = contacts.invalid.slice(0, SHOWN_REJECTIONS).map((r) => ({ line: r.line, text: truncateText(r.text, REJECTED_TEXT_MAX), reason: r.reason }));
  if (contacts.valid.length === 0) return { ok: false, kind: 'nothing_found', rejected, rejectedCount: contacts.invalid.length };
  const { store } = outside.deps;
  const draft = await readInline(store, wizardId);
  const collector = new ContactCollector({
    entries: draft.contacts.map((c) => ({ number: c.number, line: 0, ...(c.extra === null ? {} : { extra: c.extra }), ...(c.variables === null ? {} : { variables: c.variables }) })),
    invalid: [],
    duplicates: draft.duplicates,
    truncated: 0,
  });
  const totals = collector.add(contacts, input.kind);
  if (totals.valid > INLINE_CHUNK_SIZE) return { ok: false, kind: 'over_limit', limit: INLINE_CHUNK_SIZE };
  const next: InlineDraft = {
    contacts: collector.entries.map((e) => ({ number: e.number, extra: e.extra ?? null, variables: e.variables ?? null })),
    duplicates: totals.duplicates,
    invalid: draft.invalid + contacts.invalid.length,
  };
  await store.drafts.put(draftKey(wizardId), next, DRAFT_TTL_MS);
  return {
    ok: true,
    summary: summaryOf(next),
    added: next.contacts.length - draft.contacts.length,
    duplicates: totals.duplicates - draft.duplicates,
    rejected,
    rejectedCount: contacts.invalid.length,
  };
}

/** A number sent into the wizard as a `list_id` item of a campaign; notes are cut to the endpoint's limit. */
export function inlineItem(contact: InlineContact, extraMax: number): { number: string; extra?: string; variables?: Record<string, string> } {
  return {
    number: contact.number,
    ...(contact.extra === null ? {} : { extra: clip(contact.extra, extraMax).text }),
    ...(contact.variables === null ? {} : { variables: contact.variables }),
  };
}
