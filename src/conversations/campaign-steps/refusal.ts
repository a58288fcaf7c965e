/**
 * AutoCall's "no" to a calculation or a launch, as plain data the conversation can keep: the error kind, the
 * server's message and its field messages (a 403 spam refusal says what to change in `audio_id`).
 */
import type { AutocallError, AutocallErrorKind } from '../../api/index.js';

export interface Refusal {
  readonly kind: AutocallErrorKind;
  readonly message: string;
  readonly details: readonly string[];
}

export function refusalOf(error: AutocallError): Refusal {
  const details = error.kind === 'validation' || error.kind === 'forbidden' ? Object.values(error.fields).flat() : [];
  return { kind: error.kind, message: error.serverMessage ?? '', details };
}

/** The server's words for a person: its field messages, or its message when it sent none. */
export function refusalReason(refusal: Refusal): string {
  const parts = refusal.details.length > 0 ? refusal.details : [refusal.message];
  return parts.filter((part) => part !== '').join('; ');
}
