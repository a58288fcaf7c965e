/**
 * The campaigns of an account as the lists show them. AutoCall pages them by creation date but cannot filter by
 * status, so the list reads AutoCall's pages from the newest, one after another, only as far as the page a person
 * asks for needs (the rows of that page and one more, to know whether › leads anywhere), and keeps what it read
 * for the life of the menu. Paging further reads on from where the last tap stopped; opening the list or Refresh
 * starts again from the newest. A status count is exact once every page is read, "N+" until then.
 */
import { z } from 'zod';
import type { Page } from '../../../../api/index.js';
import type { BotContext } from '../../../context.js';
import { PAGE_SIZE } from '../../../paging.js';
import type { StatusFilter } from './campaign-status.js';

/** Read on the first opening whatever is asked: 60 campaigns give most accounts exact counts at once. */
const MIN_PAGES = 4;
/**
 * At most this many of AutoCall's pages (15 campaigns each) per tap: a rare status deep in a long history is
 * reached over a few taps of ›, each a bounded share of the key's 300 requests a minute.
 */
const MAX_PAGES_PER_TAP = 40;
const SNAPSHOT_TTL_MS = 5 * 60_000;

const rowSchema = z.object({ id: z.number(), name: z.string(), status: z.string(), date: z.string() });
const snapshotSchema = z.object({
  /** Newest first, as read so far. */
  rows: z.array(rowSchema),
  /** AutoCall's pages read so far, from the first. */
  pagesRead: z.number(),
  /** The last page has been read: `rows` holds every campaign. */
  complete: z.boolean(),
  /** How many campaigns the account has in all, as the last page read said. */
  total: z.number(),
});

export type SummaryRow = z.infer<typeof rowSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;

/** What AutoCall lists for a campaign; every field but the id may be missing. */
interface ListedCampaign {
  id: number;
  name?: string | undefined;
  status?: string | undefined;
  date_from?: string | undefined;
  created_at?: string | undefined;
}

export interface SnapshotSource {
  /** `autocalls` or `bulks`: names the cached snapshot. */
  kind: string;
  /** One page of the account's campaigns, newest first. */
  fetchPage(page: number): Promise<Page<ListedCampaign>>;
}

/** What the view about to be shown needs: the page (from 0) of the campaigns a filter selects. */
export interface SnapshotNeed {
  filter: StatusFilter;
  page: number;
}

const EMPTY: Snapshot = { rows: [], pagesRead: 0, complete: false, total: 0 };

function draftId(kind: string, accountId: string): string {
  return `${kind}-list:${accountId}`;
}

function toRow(campaign: ListedCampaign): SummaryRow {
  return {
    id: campaign.id,
    name: campaign.name ?? `#${campaign.id}`,
    status: campaign.status ?? '',
    // The start date is what people remember a campaign by; the creation date when there is none.
    date: campaign.date_from ?? campaign.created_at?.slice(0, 10) ?? '',
  };
}

/** The campaigns `filter` selects among those read, newest first. */
export function rowsOf(snapshot: Snapshot, filter: StatusFilter): SummaryRow[] {
  return filter === 'all' ? snapshot.rows : snapshot.rows.filter((row) => row.status === filter);
}

/** How many campaigns `filter` selects, and whether that is all of them or only those read so far. */
export function countOf(snapshot: Snapshot, filter: StatusFilter): { count: number; exact: boolean } {
  // AutoCall tells the total on every page, so "all" is exact before the last page is read.
  if (filter === 'all') return { count: Math.max(snapshot.total, snapshot.rows.length), exact: true };
  return { count: rowsOf(snapshot, filter).length, exact: snapshot.complete };
}

function withPage(snapshot: Snapshot, number: number, page: Page<ListedCampaign>): Snapshot {
  // A campaign created while paging pushes older ones a page further: it is met twice and kept once.
  const seen = new Set(snapshot.rows.map((row) => row.id));
  const fresh = page.data.filter((campaign) => !seen.has(campaign.id)).map(toRow);
  return {
    rows: [...snapshot.rows, ...fresh],
    pagesRead: number,
    complete: page.next_page_url === null || page.current_page >= page.last_page || page.data.length === 0,
    total: page.total,
  };
}

function satisfies(snapshot: Snapshot, need: SnapshotNeed): boolean {
  if (snapshot.complete) return true;
  return snapshot.pagesRead >= MIN_PAGES && rowsOf(snapshot, need.filter).length > (need.page + 1) * PAGE_SIZE;
}

/**
 * The snapshot, read on as far as `need` requires (within the per-tap budget); `fresh` drops what was kept and
 * starts from AutoCall's newest page.
 */
export async function loadSnapshot(ctx: BotContext, accountId: string, source: SnapshotSource, need: SnapshotNeed, fresh: boolean): Promise<Snapshot> {
  const { drafts } = ctx.deps.store;
  const id = draftId(source.kind, accountId);
  const kept = await drafts.get(id, snapshotSchema);
  let snapshot = fresh ? EMPTY : (kept ?? EMPTY);
  // Refresh may read again as far as the menu had read, so that it stays on the page it was on.
  const pages = fresh && kept ? Math.max(MAX_PAGES_PER_TAP, kept.pagesRead) : MAX_PAGES_PER_TAP;
  for (let budget = pages; budget > 0 && !satisfies(snapshot, need); budget--) {
    const number = snapshot.pagesRead + 1;
    snapshot = withPage(snapshot, number, await source.fetchPage(number));
  }
  if (snapshot !== kept) await drafts.put(id, snapshot, SNAPSHOT_TTL_MS);
  return snapshot;
}

/** Drops a deleted campaign from the kept snapshot, so the list shown after a delete no longer has it. */
export async function forgetRow(ctx: BotContext, accountId: string, kind: string, campaignId: number): Promise<void> {
  const { drafts } = ctx.deps.store;
  const id = draftId(kind, accountId);
  const kept = await drafts.get(id, snapshotSchema);
  if (!kept) return;
  const rows = kept.rows.filter((row) => row.id !== campaignId);
  if (rows.length === kept.rows.length) return;
  // Older campaigns move up a place on AutoCall's pages: the last page read is read again, so the one that moved
  // onto it is not skipped (what is met twice is kept once).
  const pagesRead = kept.complete ? kept.pagesRead : Math.max(0, kept.pagesRead - 1);
  await drafts.put(id, { ...kept, rows, pagesRead, total: kept.total - 1 }, SNAPSHOT_TTL_MS);
}
