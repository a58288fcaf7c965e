/**
 * The contacts a list wizard has collected, kept in the store's drafts under the wizard id rather than in the
 * conversation (which is replayed on every update). They are stored the way they will be uploaded — pages of
 * 10 000 entries, each page one request — beside an index of the numbers (for spotting repeats across inputs)
 * and the refused entries (for the review). An input touches the index, the last page and the pages it adds; the
 * review reads the refusals only; each upload request reads its own page.
 */
import { z } from 'zod';
import { ContactCollector, type CollectedInvalid, type ContactEntry, type ContactTotals, LIST_CHUNK_SIZE, type ParsedContacts } from '../../domain/contacts/index.js';
import type { Store } from '../../store/index.js';

/** Outlives the wizard (a day idle at most), so a draft is never gone while its wizard waits. */
export const DRAFT_TTL_MS = 2 * 24 * 60 * 60 * 1000;

const rejectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('empty') }),
  z.object({ kind: z.literal('invalid_characters'), char: z.string() }),
  z.object({ kind: z.literal('excel_scientific') }),
  z.object({ kind: z.literal('bad_length'), digits: z.number() }),
  z.object({ kind: z.literal('not_kz'), country: z.enum(['RU', 'other']) }),
  z.object({ kind: z.literal('pattern_rejected'), code: z.string(), line: z.enum(['mobile', 'landline', 'unknown']), allowed: z.array(z.string()) }),
  z.object({ kind: z.literal('no_phone') }),
]);

const entrySchema = z.object({
  number: z.string(),
  extra: z.string().optional(),
  variables: z.record(z.string(), z.string()).optional(),
  line: z.number(),
});

const indexSchema = z.object({
  /** Every number collected, in order: page `i` holds numbers `i * 10 000` onwards. */
  numbers: z.array(z.string()),
  duplicates: z.number(),
  truncated: z.number(),
  refused: z.number(),
});

const pageSchema = z.array(entrySchema);
const refusalsSchema = z.array(z.object({ line: z.number(), text: z.string(), reason: rejectionSchema, source: z.string() }));

type DraftIndex = z.infer<typeof indexSchema>;

const indexKey = (wizardId: string) => wizardId;
const pageKey = (wizardId: string, page: number) => `${wizardId}:page:${page}`;
const refusalsKey = (wizardId: string) => `${wizardId}:refusals`;

/** Zod's optional fields read back as `T | undefined`; the domain's entries leave them out instead. */
function entryOf(parsed: z.infer<typeof entrySchema>): ContactEntry {
  const { number, extra, variables, line } = parsed;
  return { number, line, ...(extra === undefined ? {} : { extra }), ...(variables === undefined ? {} : { variables }) };
}

const totalsOf = (index: DraftIndex): ContactTotals => ({ valid: index.numbers.length, duplicates: index.duplicates, invalid: index.refused, truncated: index.truncated });

export const pageCount = (valid: number): number => Math.ceil(valid / LIST_CHUNK_SIZE);

/** The totals so far; null when nothing was collected (or the store lost it). */
export async function readTotals(store: Store, wizardId: string): Promise<ContactTotals | null> {
  const index = await store.drafts.get(indexKey(wizardId), indexSchema);
  return index === null ? null : totalsOf(index);
}

/**
 * Adds one input: repeats of numbers already collected (from this input or an earlier one) are counted, not
 * kept. `expected` is what the conversation believes is collected: a missing draft then means it was lost
 * (null is returned and nothing is written).
 */
export async function addToDraft(store: Store, wizardId: string, parsed: ParsedContacts, source: string, expected: ContactTotals): Promise<ContactTotals | null> {
  const stored = await store.drafts.get(indexKey(wizardId), indexSchema);
  if (stored === null && expected.valid + expected.invalid + expected.duplicates > 0) return null;
  const index: DraftIndex = stored ?? { numbers: [], duplicates: 0, truncated: 0, refused: 0 };
  // Seeded with the numbers alone: their notes and variables stay in the pages, untouched.
  const collector = new ContactCollector({ entries: index.numbers.map((number) => ({ number, line: 0 })), invalid: [], duplicates: index.duplicates, truncated: index.truncated });
  collector.add(parsed, source);
  const added = collector.entries.slice(index.numbers.length);
  const writes: Promise<void>[] = [];
  let at = index.numbers.length;
  while (at - index.numbers.length < added.length) {
    const page = Math.floor(at / LIST_CHUNK_SIZE);
    const room = (page + 1) * LIST_CHUNK_SIZE - at;
    const fresh = added.slice(at - index.numbers.length, at - index.numbers.length + room);
    const existing = at % LIST_CHUNK_SIZE === 0 ? [] : ((await store.drafts.get(pageKey(wizardId, page), pageSchema)) ?? []).map(entryOf);
    writes.push(store.drafts.put(pageKey(wizardId, page), [...existing, ...fresh], DRAFT_TTL_MS));
    at += fresh.length;
  }
  if (collector.invalid.length > 0) {
    const refusals = (await store.drafts.get(refusalsKey(wizardId), refusalsSchema)) ?? [];
    writes.push(store.drafts.put(refusalsKey(wizardId), [...refusals, ...collector.invalid], DRAFT_TTL_MS));
  }
  const totals = collector.totals;
  const next: DraftIndex = { numbers: collector.entries.map((entry) => entry.number), duplicates: totals.duplicates, truncated: totals.truncated, refused: index.refused + collector.invalid.length };
  writes.push(store.drafts.put(indexKey(wizardId), next, DRAFT_TTL_MS));
  await Promise.all(writes);
  return totalsOf(next);
}

/** Page `page` of the collection: the entries of one upload request. */
export async function loadPage(store: Store, wizardId: string, page: number): Promise<ContactEntry[] | null> {
  const entries = await store.drafts.get(pageKey(wizardId, page), pageSchema);
  return entries === null ? null : entries.map(entryOf);
}

export async function loadRefusals(store: Store, wizardId: string): Promise<CollectedInvalid[]> {
  return (await store.drafts.get(refusalsKey(wizardId), refusalsSchema)) ?? [];
}

/** Forgets the collection (Start over, or the list is uploaded). */
export async function deleteDraft(store: Store, wizardId: string): Promise<void> {
  const index = await store.drafts.get(indexKey(wizardId), indexSchema);
  const pages = index === null ? 0 : pageCount(index.numbers.length);
  await Promise.all([
    store.drafts.delete(indexKey(wizardId)),
    store.drafts.delete(refusalsKey(wizardId)),
    ...Array.from({ length: pages }, (_, page) => store.drafts.delete(pageKey(wizardId, page))),
  ]);
}
