import { isDeliberatelyHandled, type BotApiError, type Outcome } from './bot-api-error.js';

/** One request the bot made, as the fake server saw it. */
export interface ApiCall {
  readonly method: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly ok: boolean;
}

/** A request the real Telegram would have refused, or a rule the bot broke (a late callback answer). */
export interface ApiViolation {
  readonly method: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly error: string;
}

/** An error the bot is expected to meet and handle (flood control, a blocked user). */
export interface HandledRejection {
  readonly method: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly error: BotApiError;
}

/** Everything the bot asked of the fake server, sorted into violations and deliberately handled errors. */
export class CallLog {
  readonly calls: ApiCall[] = [];
  readonly violations: ApiViolation[] = [];
  readonly rejections: HandledRejection[] = [];

  record(method: string, params: Readonly<Record<string, unknown>>, outcome: Outcome<unknown>): void {
    this.calls.push({ method, params, ok: outcome.ok });
    if (outcome.ok) return;
    if (isDeliberatelyHandled(outcome.error)) this.rejections.push({ method, params, error: outcome.error });
    else this.violations.push({ method, params, error: outcome.error.description });
  }

  violation(method: string, params: Readonly<Record<string, unknown>>, error: string): void {
    this.violations.push({ method, params, error });
  }
}

/** A readable list of violations for a failing assertion. */
export const describeViolations = (violations: readonly ApiViolation[]): string =>
  violations.map((v, i) => `${i + 1}. ${v.method}: ${v.error}\n   params: ${JSON.stringify(v.params)}`).join('\n');
