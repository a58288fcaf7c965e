/**
 * What a failed Bot API send means for the delivery, by Telegram's answer: 429 is flood control (everyone waits
 * `retry_after`), 403 means the bot was blocked or removed (the chat cannot be reached until that changes), any
 * other 4xx is a message Telegram will never take (retrying would only repeat it), and 5xx or no answer at all is
 * worth retrying.
 */
import { GrammyError, HttpError } from 'grammy';

export type SendFailure =
  | { kind: 'flood'; retryAfterMs: number }
  | { kind: 'blocked'; description: string }
  | { kind: 'rejected'; description: string }
  | { kind: 'transient'; description: string };

/** Telegram's flood answers name whole seconds; a missing value still waits a second. */
const DEFAULT_RETRY_AFTER_S = 1;

export function classifySendFailure(error: unknown): SendFailure {
  if (error instanceof GrammyError) {
    if (error.error_code === 429) {
      return { kind: 'flood', retryAfterMs: (error.parameters.retry_after ?? DEFAULT_RETRY_AFTER_S) * 1000 };
    }
    if (error.error_code === 403) return { kind: 'blocked', description: error.description };
    if (error.error_code >= 400 && error.error_code < 500) return { kind: 'rejected', description: error.description };
    return { kind: 'transient', description: error.description };
  }
  if (error instanceof HttpError) return { kind: 'transient', description: error.message };
  return { kind: 'transient', description: error instanceof Error ? error.message : String(error) };
}
