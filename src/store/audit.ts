/**
 * The team's audit log: who did what on an account, newest first. One capped stream per account (XADD MAXLEN ~),
 * so the log costs bounded memory however busy the team; Redis trims whole stream nodes, so up to ~100 entries
 * beyond the cap may linger until the next trim.
 */
import { z } from 'zod';
import type { WriteOp } from './backend/backend.js';
import { checked, decode, encode } from './codec.js';
import type { RepoContext } from './context.js';
import { StoreError } from './errors.js';

export const AuditEntry = z.object({
  at: z.number(),
  actorId: z.number().int(),
  actorName: z.string().max(256),
  /** What was done, e.g. `campaign.launch`, `member.remove`. */
  action: z.string().min(1).max(64),
  /** What it was done to, e.g. a campaign id or a phone number. */
  target: z.string().max(256).optional(),
  result: z.enum(['ok', 'error']),
  /** A short human note (never a secret: the log is shown to the team). */
  detail: z.string().max(1024).optional(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** An entry as read back: `id` orders entries and is the cursor for the next page. */
export interface AuditRecord extends AuditEntry {
  id: string;
}

export interface AuditQuery {
  /** Entries per page, 1–1000. */
  limit: number;
  /** The `next` cursor of the previous page: only entries older than it. */
  before?: string;
  action?: string;
  actorId?: number;
}

export interface AuditPage {
  entries: AuditRecord[];
  /** Pass as `before` for the next page; null when the log has no older entries. */
  next: string | null;
}

export interface AuditRepo {
  append(accountId: string, entry: AuditEntry): Promise<AuditRecord>;
  /** Newest first, optionally only one action or one actor. */
  list(accountId: string, query: AuditQuery): Promise<AuditPage>;
}

const MAX_LIMIT = 1000;
/** Entries read per round trip while filtering; a filter matching rarely still finishes in few trips. */
const SCAN_BATCH = 200;
const STREAM_ID = /^\d{1,20}-\d{1,20}$/;

export function auditRepo({ backend, keys, auditCap }: RepoContext): AuditRepo {
  return {
    async append(accountId, entry) {
      const valid = checked(AuditEntry, entry, 'audit entry');
      const id = await backend.xadd(keys.audit(accountId), encode(valid), auditCap);
      return { ...valid, id };
    },
    async list(accountId, { limit, before, action, actorId }) {
      if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
        throw new StoreError('invalid', `audit limit must be 1–${MAX_LIMIT}`);
      }
      // Cursors come back from callback data; a mangled one must not reach Redis as a bad stream id.
      if (before !== undefined && !STREAM_ID.test(before)) throw new StoreError('invalid', 'audit cursor is malformed');
      const key = keys.audit(accountId);
      const filtered = action !== undefined || actorId !== undefined;
      const batch = filtered ? Math.max(limit, SCAN_BATCH) : limit;
      const entries: AuditRecord[] = [];
      let cursor = before ?? null;
      for (;;) {
        const page = await backend.xrevrange(key, cursor, batch);
        for (const { id, value } of page) {
          const entry = decode(AuditEntry, value, key);
          if ((action === undefined || entry.action === action) && (actorId === undefined || entry.actorId === actorId)) {
            entries.push({ ...entry, id });
            if (entries.length === limit) return { entries, next: id };
          }
          cursor = id;
        }
        if (page.length < batch) return { entries, next: null };
      }
    },
  };
}

/** How long an unlinked account's audit log is kept: a relink of the same key within it continues the log. */
export const AUDIT_RETENTION_MS = 90 * 24 * 60 * 60 * 1000;

/**
 * An account goes (its key unlinked): its log — ending with who unlinked it — stays for {@link AUDIT_RETENTION_MS},
 * and the key's fingerprint remembers the account id for as long, so linking the same key again continues the log.
 */
export function auditRetireOps({ keys }: RepoContext, accountId: string, fingerprint: string | undefined): WriteOp[] {
  const log: WriteOp = { op: 'pexpire', key: keys.audit(accountId), ttlMs: AUDIT_RETENTION_MS };
  if (fingerprint === undefined) return [log];
  return [log, { op: 'set', key: keys.retiredAccount(fingerprint), value: accountId, ttlMs: AUDIT_RETENTION_MS }];
}

/** The log of a retired account becomes the relinked account's log again, kept for good. */
export function auditRevivalOps({ keys }: RepoContext, accountId: string): WriteOp[] {
  return [{ op: 'persist', key: keys.audit(accountId) }];
}
