/**
 * What counts as news. When an account is linked, the notifications it already has are history: the baseline is
 * a marker (an instant on AutoCall's clock) below which nothing is pushed, plus the ids at the marker itself.
 * Later polls move the marker forward, always trailing the newest notification by a margin so that one committed
 * a little late on AutoCall's side is still found; the ids inside the margin are told apart by the store's record
 * of what was already fanned out.
 */
import type { AutocallApi, Notification } from '../api/index.js';
import { parseApiDateTime } from '../domain/format/index.js';
import type { Store } from '../store/index.js';

export const MARKER_MARGIN_MS = 10 * 60_000;

/** A notification's `created_at` as milliseconds, or null when AutoCall sent something unreadable. */
export function createdAtMs(createdAt: string): number | null {
  const parsed = parseApiDateTime(createdAt);
  return parsed.ok ? parsed.date.getTime() : null;
}

/** The marker as stored: milliseconds; null before the account's baseline was taken. */
export function readMarker(stored: string | null): number | null {
  if (stored === null) return null;
  const value = Number(stored);
  return Number.isFinite(value) ? value : createdAtMs(stored);
}

/** True for a notification the marker does not rule out (an unreadable date never rules one out). */
export function isAfterMarker(notification: Pick<Notification, 'created_at'>, marker: number): boolean {
  const created = createdAtMs(notification.created_at);
  return created === null || created >= marker;
}

function newestMs(notifications: readonly Pick<Notification, 'created_at'>[]): number | null {
  let newest: number | null = null;
  for (const notification of notifications) {
    const created = createdAtMs(notification.created_at);
    if (created !== null && (newest === null || created > newest)) newest = created;
  }
  return newest;
}

/** The marker after a poll: the newest notification less the margin, never moving back. */
export function advancedMarker(marker: number, notifications: readonly Pick<Notification, 'created_at'>[]): number {
  const newest = newestMs(notifications);
  return newest === null ? marker : Math.max(marker, newest - MARKER_MARGIN_MS);
}

/** Makes everything the account has now history: the marker at the newest notification, those near it seen. */
export async function takeBaseline(store: Store, accountId: string, notifications: readonly Notification[]): Promise<void> {
  const newest = newestMs(notifications) ?? 0;
  const recent = notifications.filter((n) => isAfterMarker(n, newest - MARKER_MARGIN_MS)).map((n) => n.id);
  await store.notifier.markSeen(accountId, recent);
  await store.notifier.setBaseline(accountId, String(newest));
}

/**
 * Takes the baseline of a newly linked account right away, so a notification arriving a second after linking is
 * news. Accounts linked before keep theirs.
 */
export async function baselineNewAccount(store: Store, accountId: string, api: AutocallApi): Promise<void> {
  if ((await store.notifier.getBaseline(accountId)) !== null) return;
  await takeBaseline(store, accountId, (await api.notifications.list()).data);
}
