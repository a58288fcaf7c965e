import type { Clock } from '../options.js';

/** What the bot answered to a callback query (the toast or alert a user sees). */
export interface CallbackAnswer {
  readonly text?: string;
  readonly show_alert?: boolean;
  readonly url?: string;
  /** Milliseconds between the tap and the answer. */
  readonly afterMs: number;
}

interface PendingQuery {
  readonly id: string;
  readonly data: string;
  readonly createdAt: number;
  answered: boolean;
  lateRecorded: boolean;
  readonly timer: NodeJS.Timeout;
  readonly resolve: (answer: CallbackAnswer) => void;
}

export interface CallbackTiming {
  readonly answerTimeoutMs: number;
  readonly lateAfterMs: number;
}

/** Reports a callback query answered late, or not at all, as a violation. */
export type LateAnswerReporter = (queryId: string, data: string, description: string) => void;

/**
 * Callback queries users made and whether the bot answered them: Telegram accepts one answer per query, within a
 * time limit, and users see a spinner until then, so a slow answer is a bug even when it succeeds.
 */
export class CallbackQueries {
  readonly #queries = new Map<string, PendingQuery>();
  #counter = 0;

  constructor(
    private readonly timing: CallbackTiming,
    private readonly clock: Clock,
    private readonly reportLate: LateAnswerReporter,
  ) {}

  /** Registers a new query; returns its id and the promise of its answer. */
  open(data: string): { readonly id: string; readonly answer: Promise<CallbackAnswer> } {
    this.#counter += 1;
    const id = `${Date.now().toString(36)}${this.#counter.toString().padStart(6, '0')}`;
    let resolve: (answer: CallbackAnswer) => void = () => undefined;
    const answer = new Promise<CallbackAnswer>((done) => (resolve = done));
    const timer = setTimeout(() => {
      const query = this.#queries.get(id);
      if (query === undefined || query.answered) return;
      query.lateRecorded = true;
      this.reportLate(id, data, `callback query answered late: not answered within ${this.timing.lateAfterMs} ms`);
    }, this.timing.lateAfterMs);
    timer.unref();
    this.#queries.set(id, { id, data, createdAt: this.clock.now(), answered: false, lateRecorded: false, timer, resolve });
    return { id, answer };
  }

  /** Accepts the bot's answer, or says why Telegram would refuse it. */
  answer(id: string, answer: Omit<CallbackAnswer, 'afterMs'>): 'accepted' | 'invalid' {
    const query = this.#queries.get(id);
    if (query === undefined || query.answered) return 'invalid';
    const afterMs = this.clock.now() - query.createdAt;
    if (afterMs > this.timing.answerTimeoutMs) return 'invalid';
    query.answered = true;
    clearTimeout(query.timer);
    if (!query.lateRecorded && afterMs > this.timing.lateAfterMs) {
      this.reportLate(id, query.data, `callback query answered late: after ${afterMs} ms`);
    }
    query.resolve({ ...answer, afterMs });
    return 'accepted';
  }

  close(): void {
    for (const query of this.#queries.values()) clearTimeout(query.timer);
  }
}
