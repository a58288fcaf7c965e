/**
 * The reason AutoCall gave for refusing an action (a 422's field messages, a 403's or 409's message), for flows
 * that explain a refusal in a sentence of their own ("cannot delete: …") instead of the generic error reply.
 */
import { type AutocallError, isAutocallError } from '../../api/index.js';

/** Kinds that mean "AutoCall understood and said no", as opposed to "AutoCall could not be asked". */
const REFUSALS = new Set(['validation', 'forbidden', 'conflict']);

export function isRefusal(error: unknown): error is AutocallError {
  return isAutocallError(error) && REFUSALS.has(error.kind);
}

/** The server's own words, or '' when it sent none. */
export function serverReason(error: AutocallError): string {
  if (error.kind === 'validation' || error.kind === 'forbidden') {
    const messages = Object.values(error.fields).flat();
    if (messages.length > 0) return messages.join('; ');
  }
  return error.serverMessage ?? '';
}
