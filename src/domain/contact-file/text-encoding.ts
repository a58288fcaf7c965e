import { analyse } from 'chardet';
import iconv from 'iconv-lite';

/** Encodings a contact file is read in; names as iconv-lite knows them. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'koi8-r' | 'ibm866';

/** Single-byte Cyrillic encodings that Russian and Kazakh spreadsheets are exported in. */
const CYRILLIC_SINGLE_BYTE: readonly TextEncoding[] = ['windows-1251', 'koi8-r', 'ibm866'];
/** chardet's names for them. */
const CHARDET_NAMES: Readonly<Record<string, TextEncoding>> = {
  'windows-1251': 'windows-1251',
  'KOI8-R': 'koi8-r',
};
/** Below this chardet is guessing: a short header and a few names give it too little to go on. */
const CHARDET_TRUSTED = 50;

/**
 * Works out how a text file is encoded from its first bytes. A BOM settles it (Excel's "Unicode
 * text" export is UTF-16LE with one); so does text that is valid UTF-8. Otherwise it is one of the
 * Cyrillic code pages: chardet's answer when it is confident, else the code page in which the
 * bytes read as the most lowercase Cyrillic letters — words are mostly lowercase, and each code
 * page puts its lowercase letters in a different byte range.
 */
export function detectTextEncoding(head: Uint8Array): TextEncoding {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(head, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(head, [0xfe, 0xff])) return 'utf-16be';
  const utf16 = utf16WithoutBom(head);
  if (utf16 !== undefined) return utf16;
  if (isUtf8(head)) return 'utf-8';
  const guess = analyse(head).find((m) => CHARDET_NAMES[m.name] !== undefined && m.confidence >= CHARDET_TRUSTED);
  const trusted = guess === undefined ? undefined : CHARDET_NAMES[guess.name];
  return trusted ?? mostLowercaseCyrillic(head);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Every other byte zero: ASCII-range text in UTF-16 written without a BOM. */
function utf16WithoutBom(head: Uint8Array): TextEncoding | undefined {
  const pairs = Math.floor(Math.min(head.length, 4096) / 2);
  if (pairs < 2) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenZero += 1;
    if (head[2 * i + 1] === 0) oddZero += 1;
  }
  if (oddZero > pairs * 0.4 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero === 0) return 'utf-16be';
  return undefined;
}

/** Valid UTF-8, allowing a character cut in half at the end of the sample. */
function isUtf8(head: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

const LOWERCASE_CYRILLIC = /[а-яёәғқңөұүһі]/gu;

function mostLowercaseCyrillic(head: Uint8Array): TextEncoding {
  let best: TextEncoding = 'windows-1251';
  let bestScore = -1;
  for (const encoding of CYRILLIC_SINGLE_BYTE) {
    const score = iconv.decode(Buffer.from(head.buffer, head.byteOffset, head.byteLength), encoding).match(LOWERCASE_CYRILLIC)?.length ?? 0;
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return best;
}
