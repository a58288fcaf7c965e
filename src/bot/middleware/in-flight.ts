/**
 * Counts updates being handled, so a shutdown can stop taking updates and then wait for the ones in flight —
 * including the conversation state they write at the very end — before closing the store under them.
 */
import type { MiddlewareFn } from 'grammy';

export interface InFlight {
  middleware: MiddlewareFn;
  /** Resolves when no update is being handled, or after `timeoutMs` whatever is left. */
  idle(timeoutMs: number): Promise<void>;
}

export function createInFlight(): InFlight {
  let count = 0;
  let waiters: (() => void)[] = [];
  const settle = () => {
    if (count > 0) return;
    for (const wake of waiters) wake();
    waiters = [];
  };
  return {
    async middleware(_ctx, next) {
      count += 1;
      try {
        await next();
      } finally {
        count -= 1;
        settle();
      }
    },
    idle(timeoutMs) {
      if (count === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}
