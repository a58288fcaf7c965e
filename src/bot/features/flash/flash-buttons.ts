/**
 * Buttons of flash-call messages: send again (same number, same kind of code), send with one's own code, and the
 * owner's default code length. Numbers travel as their ten national digits and codes as typed (leading zeros
 * kept); every tap is re-checked on the server.
 */
import { callbackData, callbackPattern } from '../../callback-data.js';

export const flashButtons = {
  /** Again with an automatic code of `digits` digits. */
  auto: (accountId: string, e164: string, digits: number) => callbackData('fa', accountId, national(e164), digits),
  /** Again with the same own code. */
  own: (accountId: string, e164: string, code: string) => callbackData('fo', accountId, national(e164), code),
  /** Asks for a code of one's own for this number. */
  askOwn: (accountId: string, e164: string) => callbackData('fc', accountId, national(e164)),
  /** Sets the account's default length of automatic codes. */
  digits: (accountId: string, digits: number) => callbackData('fd', accountId, digits),
} as const;

export const flashPatterns = {
  auto: callbackPattern('fa', 3),
  own: callbackPattern('fo', 3),
  askOwn: callbackPattern('fc', 2),
  digits: callbackPattern('fd', 2),
} as const;

function national(e164: string): string {
  return e164.replace(/^\+7/, '');
}
