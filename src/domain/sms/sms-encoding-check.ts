import { gsm7Septets } from './gsm7-alphabet.js';
import { cyrillicLookalike, punctuationLookalike } from './gsm7-lookalikes.js';
import { countSegments, type SmsSegments } from './sms-segments.js';

/** A character that forces UCS-2, where it stands, and the GSM-7 text that could replace it. */
export interface NonGsmChar {
  readonly char: string;
  /** UTF-16 offset, for slicing. */
  readonly index: number;
  /** Character number as a person counts, from 1. */
  readonly position: number;
  readonly replacement?: string;
}

/** What the encoding checker tells a person about an SMS text. */
export interface SmsEncodingReport {
  readonly segments: SmsSegments;
  /** Every character GSM-7 cannot carry, in order; empty for a GSM-7 text. */
  readonly offenders: readonly NonGsmChar[];
  /** The text with every offender replaced by its lookalike: present only when that makes it GSM-7. */
  readonly suggestion?: { readonly text: string; readonly segments: SmsSegments };
}

const WORD = /\p{L}+/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN_ALL = /\p{Script=Latin}/gu;

/**
 * Checks which characters make a text UCS-2 and, when only a few lookalikes do (curly quotes,
 * long dashes, `…`, NBSP, a Cyrillic `е` inside a Latin word), offers the GSM-7 text that reads
 * the same and costs fewer segments. A Russian or Kazakh text gets no suggestion: its letters
 * have no GSM-7 form.
 */
export function checkSmsEncoding(text: string): SmsEncodingReport {
  const segments = countSegments(text);
  if (segments.encoding === 'gsm7') return { segments, offenders: [] };
  const homoglyphs = replaceableCyrillic(text);
  const offenders: NonGsmChar[] = [];
  let index = 0;
  let position = 1;
  for (const char of text) {
    if (gsm7Septets(char) === undefined) {
      const replacement = homoglyphs.get(index) ?? punctuationLookalike(char);
      offenders.push(replacement === undefined ? { char, index, position } : { char, index, position, replacement });
    }
    index += char.length;
    position += 1;
  }
  if (offenders.some((o) => o.replacement === undefined)) return { segments, offenders };
  const replaced = applyReplacements(text, offenders);
  return { segments, offenders, suggestion: { text: replaced, segments: countSegments(replaced) } };
}

/**
 * Offsets of Cyrillic letters that are typos for Latin ones: inside a word that also has Latin
 * letters (`Hеllo`), or in a word made only of lookalikes (`ОК`) when the text is mostly Latin.
 */
function replaceableCyrillic(text: string): Map<number, string> {
  const mostlyLatin = (text.match(LATIN_ALL)?.length ?? 0) > (text.match(CYRILLIC)?.length ?? 0);
  const found = new Map<number, string>();
  for (const word of text.matchAll(WORD)) {
    const letters = Array.from(word[0]);
    const allLookalikes = letters.every((c) => LATIN.test(c) || cyrillicLookalike(c) !== undefined);
    if (!allLookalikes || !(letters.some((c) => LATIN.test(c)) || mostlyLatin)) continue;
    let offset = word.index;
    for (const char of letters) {
      const latin = cyrillicLookalike(char);
      if (latin !== undefined) found.set(offset, latin);
      offset += char.length;
    }
  }
  return found;
}

function applyReplacements(text: string, offenders: readonly NonGsmChar[]): string {
  let out = '';
  let from = 0;
  for (const o of offenders) {
    out += text.slice(from, o.index) + (o.replacement ?? o.char);
    from = o.index + o.char.length;
  }
  return out + text.slice(from);
}
