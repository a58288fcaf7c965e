import type { Update } from 'grammy/types';

export type UpdateType = Exclude<keyof Update, 'update_id'>;

/** Update types a bot receives when it never chose (Telegram's default leaves these three out). */
const OPT_IN_TYPES: ReadonlySet<string> = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);

export interface PollRequest {
  readonly offset?: number;
  readonly limit: number;
  readonly timeoutSeconds: number;
  readonly allowedUpdates?: readonly string[];
  /** Aborted when the bot's HTTP request goes away. */
  readonly signal: AbortSignal;
}

/** A long poll ends with updates, or is ended by a newer `getUpdates` call (409 for the older one). */
export type PollResult = { readonly kind: 'updates'; readonly updates: Update[] } | { readonly kind: 'superseded' };

interface Waiter {
  readonly wake: (result: PollResult) => void;
}

const typeOf = (update: Update): string => Object.keys(update).find((key) => key !== 'update_id') ?? '';

/**
 * The bot's update queue as Telegram keeps it: updates stay until a later `offset` confirms them, a long poll
 * returns as soon as one arrives, only one `getUpdates` may wait at a time, and `allowed_updates` persists.
 */
export class UpdateQueue {
  #pending: Update[] = [];
  #nextUpdateId: number;
  #allowed: ReadonlySet<string> | undefined;
  #waiter: Waiter | undefined;
  readonly #listeners = new Set<() => void>();

  constructor(firstUpdateId: number) {
    this.#nextUpdateId = firstUpdateId;
  }

  /** Adds an update (without id) and wakes a waiting poll or the webhook pusher. */
  push(update: Omit<Update, 'update_id'>): Update {
    const full: Update = { update_id: this.#nextUpdateId++, ...update };
    if (!this.#isAllowed(full)) return full;
    this.#pending.push(full);
    this.#wakeWaiter();
    for (const listener of [...this.#listeners]) listener();
    return full;
  }

  /** Updates not yet confirmed, oldest first. */
  pending(): readonly Update[] {
    return this.#pending;
  }

  /** Confirms (drops) every update with an id below `offset`; a negative offset keeps only the last `-offset`. */
  confirm(offset: number): void {
    if (offset < 0) this.#pending = this.#pending.slice(offset);
    else this.#pending = this.#pending.filter((update) => update.update_id >= offset);
  }

  dropPending(): void {
    this.#pending = [];
  }

  setAllowedUpdates(allowed: readonly string[] | undefined): void {
    if (allowed === undefined) return;
    this.#allowed = allowed.length === 0 ? undefined : new Set(allowed);
    this.#pending = this.#pending.filter((update) => this.#isAllowed(update));
  }

  allowedUpdates(): readonly string[] | undefined {
    return this.#allowed === undefined ? undefined : [...this.#allowed];
  }

  /** Calls `listener` on every new update until the returned function is called (the webhook pusher uses it). */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** `getUpdates`: confirms by offset, then answers at once when updates wait, else holds up to the timeout. */
  async poll(request: PollRequest): Promise<PollResult> {
    this.#waiter?.wake({ kind: 'superseded' });
    this.#waiter = undefined;
    if (request.offset !== undefined) this.confirm(request.offset);
    this.setAllowedUpdates(request.allowedUpdates);
    if (this.#pending.length > 0 || request.timeoutSeconds <= 0) return this.#take(request.limit);
    return new Promise<PollResult>((resolve) => {
      const finish = (result: PollResult): void => {
        clearTimeout(timer);
        request.signal.removeEventListener('abort', onAbort);
        if (this.#waiter === waiter) this.#waiter = undefined;
        resolve(result);
      };
      const waiter: Waiter = { wake: (result) => finish(result.kind === 'updates' ? this.#take(request.limit) : result) };
      const onAbort = (): void => finish({ kind: 'updates', updates: [] });
      const timer = setTimeout(() => finish(this.#take(request.limit)), request.timeoutSeconds * 1000);
      request.signal.addEventListener('abort', onAbort);
      this.#waiter = waiter;
    });
  }

  /** Ends a waiting poll with no updates (the server is closing). */
  close(): void {
    this.#wakeWaiter();
  }

  #take(limit: number): PollResult {
    return { kind: 'updates', updates: this.#pending.slice(0, limit) };
  }

  #wakeWaiter(): void {
    this.#waiter?.wake({ kind: 'updates', updates: [] });
  }

  #isAllowed(update: Update): boolean {
    const type = typeOf(update);
    return this.#allowed === undefined ? !OPT_IN_TYPES.has(type) : this.#allowed.has(type);
  }
}
