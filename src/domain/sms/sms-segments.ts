import { gsm7Septets, isGsm7 } from './gsm7-alphabet.js';

/** How an SMS is encoded: 7-bit GSM alphabet or 16-bit UCS-2. */
export type SmsEncoding = 'gsm7' | 'ucs2';

/** Size of an SMS text in segments, as operators bill it. */
export interface SmsSegments {
  readonly encoding: SmsEncoding;
  /** Septets (GSM-7, extension characters count 2) or UTF-16 code units (UCS-2, an emoji counts 2). */
  readonly units: number;
  readonly segments: number;
  /** Units one segment holds at this length: 160/70 for a single SMS, 153/67 per part when concatenated. */
  readonly perSegment: number;
  /** Units left in the last segment before another one starts. */
  readonly remaining: number;
}

const LIMITS = {
  gsm7: { single: 160, part: 153 },
  ucs2: { single: 70, part: 67 },
} as const;

/**
 * Counts the segments of an SMS text. Any character outside GSM-7 (Cyrillic, Kazakh letters,
 * emoji, curly quotes) makes the whole message UCS-2. Concatenated parts never split an escape
 * pair or a surrogate pair, so a part can hold one unit less than its nominal size.
 */
export function countSegments(text: string): SmsSegments {
  const encoding: SmsEncoding = isGsm7(text) ? 'gsm7' : 'ucs2';
  const sizes = Array.from(text, (char) => (encoding === 'gsm7' ? (gsm7Septets(char) ?? 1) : char.length));
  const units = sizes.reduce((sum, size) => sum + size, 0);
  const { single, part } = LIMITS[encoding];
  if (units <= single) {
    return { encoding, units, segments: units === 0 ? 0 : 1, perSegment: single, remaining: single - units };
  }
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > part) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return { encoding, units, segments, perSegment: part, remaining: part - used };
}
