/**
 * The campaigns of an account as the lists show them. AutoCall pages them by creation date but cannot filter by
 * status, so the list reads the newest pages once (one page after another, so the key's rate limit is shared
 * fairly with everything else), keeps the few fields a row needs for a few minutes, and filters and pages that
 * snapshot. Opening the list or tapping Refresh reads AutoCall again; paging and filtering do not.
 */
import { z } from 'zod';
import type { Page } from '../../../../api/index.js';
import type { BotContext } from '../../../context.js';

/** At 15 per page, the newest 600 campaigns: a list longer than that is history, reached by date elsewhere. */
const MAX_PAGES = 40;
const SNAPSHOT_TTL_MS = 5 * 60_000;

const rowSchema = z.object({ id: z.number(), name: z.string(), status: z.string(), date: z.string() });
const snapshotSchema = z.object({
  rows: z.array(rowSchema),
  /** How many campaigns the account has in all (more than `rows` when the read stopped at `MAX_PAGES`). */
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

async function readFromAutocall(source: SnapshotSource): Promise<Snapshot> {
  const rows: SummaryRow[] = [];
  let total = 0;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await source.fetchPage(page);
    total = result.total;
    rows.push(...result.data.map(toRow));
    if (result.next_page_url === null || result.current_page >= result.last_page || result.data.length === 0) break;
  }
  return { rows, total: Math.max(total, rows.length) };
}

/** The snapshot, read afresh when asked or when the kept one has expired. */
export async function loadSnapshot(ctx: BotContext, accountId: string, source: SnapshotSource, fresh: boolean): Promise<Snapshot> {
  const { drafts } = ctx.deps.store;
  const id = draftId(source.kind, accountId);
  if (!fresh) {
    const kept = await drafts.get(id, snapshotSchema);
    if (kept) return kept;
  }
  const snapshot = await readFromAutocall(source);
  await drafts.put(id, snapshot, SNAPSHOT_TTL_MS);
  return snapshot;
}

/** Drops a deleted campaign from the kept snapshot, so the list shown after a delete no longer has it. */
export async function forgetRow(ctx: BotContext, accountId: string, kind: string, campaignId: number): Promise<void> {
  const { drafts } = ctx.deps.store;
  const id = draftId(kind, accountId);
  const kept = await drafts.get(id, snapshotSchema);
  if (!kept) return;
  const rows = kept.rows.filter((row) => row.id !== campaignId);
  await drafts.put(id, { rows, total: kept.total - (kept.rows.length - rows.length) }, SNAPSHOT_TTL_MS);
}
