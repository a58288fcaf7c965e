/**
 * The contacts a list wizard has collected, kept in the store's drafts under the wizard id rather than in the
 * conversation (which is replayed on every update): the whole collection while the person adds inputs, then the
 * same entries cut into the parts of the upload, so each part's request loads only its own 10 000.
 */
import { z } from 'zod';
import { ContactCollector, type CollectorSnapshot, type ContactEntry } from '../../domain/contacts/index.js';
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

const snapshotSchema = z.object({
  entries: z.array(entrySchema),
  invalid: z.array(z.object({ line: z.number(), text: z.string(), reason: rejectionSchema, source: z.string() })),
  duplicates: z.number(),
  truncated: z.number(),
});

const partSchema = z.array(entrySchema);

const collectionKey = (wizardId: string) => wizardId;
const partKey = (wizardId: string, index: number) => `${wizardId}:part:${index}`;

/** Zod's optional fields read back as `T | undefined`; the domain's entries leave them out instead. */
function entryOf(parsed: z.infer<typeof entrySchema>): ContactEntry {
  const { number, extra, variables, line } = parsed;
  return { number, line, ...(extra === undefined ? {} : { extra }), ...(variables === undefined ? {} : { variables }) };
}

/** The collection so far, or null when nothing was collected (or it is gone). */
export async function loadCollector(store: Store, wizardId: string): Promise<ContactCollector | null> {
  const snapshot = await store.drafts.get(collectionKey(wizardId), snapshotSchema);
  if (snapshot === null) return null;
  const restored: CollectorSnapshot = { ...snapshot, entries: snapshot.entries.map(entryOf) };
  return new ContactCollector(restored);
}

export async function saveCollector(store: Store, wizardId: string, collector: ContactCollector): Promise<void> {
  await store.drafts.put(collectionKey(wizardId), collector.snapshot(), DRAFT_TTL_MS);
}

/** Writes the upload's parts; returns how many there are. */
export async function saveParts(store: Store, wizardId: string, parts: readonly (readonly ContactEntry[])[]): Promise<void> {
  await Promise.all(parts.map((part, index) => store.drafts.put(partKey(wizardId, index), part, DRAFT_TTL_MS)));
}

export async function loadPart(store: Store, wizardId: string, index: number): Promise<ContactEntry[] | null> {
  const part = await store.drafts.get(partKey(wizardId, index), partSchema);
  return part === null ? null : part.map(entryOf);
}

/** Forgets the collection (Start over, or the list is uploaded) and, given their count, the parts. */
export async function deleteContacts(store: Store, wizardId: string, parts = 0): Promise<void> {
  await Promise.all([store.drafts.delete(collectionKey(wizardId)), ...Array.from({ length: parts }, (_, index) => store.drafts.delete(partKey(wizardId, index)))]);
}
