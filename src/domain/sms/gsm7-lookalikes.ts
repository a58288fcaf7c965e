import { gsm7Septets } from './gsm7-alphabet.js';

/** Characters typed by phones and word processors, and the GSM-7 text that reads the same. */
const PUNCTUATION: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '`': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...', '\u2022': '*', '\u00B7': '*', '\u2116': 'No', '\u20B8': 'KZT', '\u2122': 'TM',
  '\u00A9': '(c)', '\u00AE': '(R)', '\u00D7': 'x', '\u00F7': '/', '\u2264': '<=', '\u2265': '>=',
  '\u2260': '!=', '\t': ' ', '\u0131': 'i',
  '\u00A0': ' ', '\u2002': ' ', '\u2003': ' ', '\u2007': ' ', '\u2009': ' ', '\u200A': ' ', '\u202F': ' ',
  '\u205F': ' ', '\u3000': ' ', '\u200B': '', '\u200C': '', '\u200D': '', '\u2060': '', '\uFEFF': '',
};

/** Cyrillic letters drawn like Latin ones (Russian and Kazakh), used by mistake inside Latin words. */
const CYRILLIC_HOMOGLYPHS: Readonly<Record<string, string>> = {
  'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T',
  'Х': 'X', 'І': 'I', 'Ј': 'J', 'Ѕ': 'S', 'Һ': 'H', 'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c',
  'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's', 'һ': 'h', 'ү': 'y',
};

/** The GSM-7 spelling of a punctuation mark, space or accented Latin letter (`á` → `a`). */
export function punctuationLookalike(char: string): string | undefined {
  const mapped = PUNCTUATION[char];
  if (mapped !== undefined) return mapped;
  const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
  return bare !== char && Array.from(bare).every((c) => gsm7Septets(c) !== undefined) ? bare : undefined;
}

/** The Latin letter a Cyrillic one looks like, if any. */
export function cyrillicLookalike(char: string): string | undefined {
  return CYRILLIC_HOMOGLYPHS[char];
}
