/**
 * Reading the audit log the way the view needs it: one page of ≈8 entries at any depth (skipping through the
 * stream by cursor), what actions and people recent entries have (for the filter pickers), and everything that
 * matches a filter (for the CSV export). The log is capped per account, so "everything" is bounded.
 */
import type { AuditQuery, AuditRecord, Store } from '../../../store/index.js';
import { PAGE_SIZE } from '../../paging.js';
import type { AuditFilter } from './audit-filter.js';

/** The store's largest page. */
const BATCH = 1000;
/** Entries looked at to find which actions and people the filters offer. */
const FACET_SCAN = 1000;

export interface AuditPageRead {
  entries: AuditRecord[];
  /** Zero-based; a page past the end (the log was trimmed since) reads as the last one. */
  page: number;
  hasMore: boolean;
}

function query(filter: AuditFilter, limit: number, before: string | null): AuditQuery {
  return { limit, ...(before ? { before } : {}), ...(filter.action ? { action: filter.action } : {}), ...(filter.actorId ? { actorId: filter.actorId } : {}) };
}

export async function readAuditPage(store: Store, accountId: string, filter: AuditFilter, page: number): Promise<AuditPageRead> {
  let before: string | null = null;
  let skipped = 0;
  while (skipped < page * PAGE_SIZE) {
    const chunk = await store.audit.list(accountId, query(filter, Math.min(BATCH, page * PAGE_SIZE - skipped), before));
    skipped += chunk.entries.length;
    // Fewer entries than the pages before this one: show the last page there is.
    if (chunk.next === null) return readAuditPage(store, accountId, filter, Math.max(0, Math.ceil(skipped / PAGE_SIZE) - 1));
    before = chunk.next;
  }
  const { entries } = await store.audit.list(accountId, query(filter, PAGE_SIZE + 1, before));
  if (entries.length === 0 && page > 0) return readAuditPage(store, accountId, filter, page - 1);
  return { entries: entries.slice(0, PAGE_SIZE), page, hasMore: entries.length > PAGE_SIZE };
}

export interface AuditFacets {
  /** Actions of recent entries, most frequent first. */
  actions: string[];
  /** People of recent entries, with the name they last acted under. */
  actors: { id: number; name: string }[];
}

export async function readAuditFacets(store: Store, accountId: string): Promise<AuditFacets> {
  const { entries } = await store.audit.list(accountId, { limit: FACET_SCAN });
  const counts = new Map<string, number>();
  const actors = new Map<number, string>();
  for (const entry of entries) {
    counts.set(entry.action, (counts.get(entry.action) ?? 0) + 1);
    if (!actors.has(entry.actorId)) actors.set(entry.actorId, entry.actorName);
  }
  return {
    actions: [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([action]) => action),
    actors: [...actors.entries()].map(([id, name]) => ({ id, name })),
  };
}

/** Every entry matching the filter, newest first. */
export async function readAllAudit(store: Store, accountId: string, filter: AuditFilter): Promise<AuditRecord[]> {
  const all: AuditRecord[] = [];
  let before: string | null = null;
  for (;;) {
    const chunk = await store.audit.list(accountId, query(filter, BATCH, before));
    all.push(...chunk.entries);
    if (chunk.next === null) return all;
    before = chunk.next;
  }
}
