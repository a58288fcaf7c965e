/**
 * The GSM 03.38 default alphabet: what an SMS can carry at 7 bits per character. Everything else
 * switches the whole message to UCS-2.
 */

/** The basic table: one septet each. `\x1B` (escape) is left out: it only introduces the extension table. */
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** The extension table: an escape septet plus one, so two septets each. */
const EXTENSION = '\f^{}\\[~]|€';

const BASIC_SET: ReadonlySet<string> = new Set(BASIC);
const EXTENSION_SET: ReadonlySet<string> = new Set(EXTENSION);

/** Septets a character takes in GSM-7, or `undefined` when GSM-7 cannot carry it. */
export function gsm7Septets(char: string): 1 | 2 | undefined {
  if (BASIC_SET.has(char)) return 1;
  return EXTENSION_SET.has(char) ? 2 : undefined;
}

/** Whether GSM-7 can carry every character of `text`. */
export function isGsm7(text: string): boolean {
  for (const char of text) if (gsm7Septets(char) === undefined) return false;
  return true;
}
