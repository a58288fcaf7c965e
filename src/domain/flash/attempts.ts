/**
 * The contract's limit on flash calls: at most 3 to one number in 5 minutes. The bot counts its own sends per
 * account and number in a window that opens with the first send, so it can say how long to wait before AutoCall
 * would refuse.
 */

export const FLASH_ATTEMPTS = { limit: 3, windowMs: 5 * 60_000 } as const;

/** Sends counted so far in the open window, and when the window opened (ms since the epoch). */
export interface AttemptWindow {
  readonly count: number;
  readonly since: number;
}

export type AttemptCheck = { readonly allowed: true; readonly left: number } | { readonly allowed: false; readonly waitMs: number };

/** Whether one more send fits now; when not, how long until the window closes (at least a second). */
export function attemptWait(window: AttemptWindow | null, now: number): AttemptCheck {
  if (window === null || window.count < FLASH_ATTEMPTS.limit) return { allowed: true, left: FLASH_ATTEMPTS.limit - (window?.count ?? 0) };
  return { allowed: false, waitMs: Math.max(1000, window.since + FLASH_ATTEMPTS.windowMs - now) };
}
