/**
 * What `/flash …` asks for, read from the words after the command: a history or settings view, or a flash call —
 * `/flash <number>` (automatic code of the account's default length), `/flash <number> <3-6>` (automatic code of
 * that length), `/flash <number> code <3-6 digits>` (a code of one's own). The number may be typed in any format
 * people use, spaces included, so it is told from the options by what follows it, never by position alone.
 */
import { normalisePhone, type PhoneFailure } from '../phone/index.js';

/** How the code is made: by AutoCall (`digits`: its length, null for the account's default) or given. */
export type CodeChoice = { readonly kind: 'auto'; readonly digits: number | null } | { readonly kind: 'own'; readonly code: string };

/** The number as typed: accepted for flash calls, or why not (null failure: no number was given). */
export type NumberArg = { readonly ok: true; readonly e164: string } | { readonly ok: false; readonly failure: PhoneFailure | null };

/** The code as typed: settled, or what must still be asked (`typed`: the wrong value, null when nothing was given). */
export type CodeArg =
  | { readonly ok: true; readonly choice: CodeChoice }
  | { readonly ok: false; readonly need: 'digits' | 'code'; readonly typed: string | null };

export type FlashCommand =
  | { readonly kind: 'history' }
  | { readonly kind: 'settings' }
  | { readonly kind: 'send'; readonly number: NumberArg; readonly code: CodeArg };

/** The contract's code lengths (`digits` 3–6, `code` of 3–6 digits). */
export const CODE_LENGTH = { min: 3, max: 6 } as const;

/** Words for the sub-commands and the own-code keyword, in the bot's three languages. */
const HISTORY_WORDS = new Set(['history', 'история', 'тарих']);
const SETTINGS_WORDS = new Set(['settings', 'настройки', 'баптаулар']);
const CODE_WORDS = new Set(['code', 'код']);

/** Separators people put inside a code they dictate: `12 34`, `12-34`. */
const CODE_SEPARATORS = /[\s\-\u2010-\u2015.]/g;

export function parseFlashCommand(args: string): FlashCommand {
  const tokens = args.trim().split(/\s+/u).filter((token) => token !== '');
  const first = tokens[0]?.toLowerCase();
  if (tokens.length === 1 && first !== undefined && HISTORY_WORDS.has(first)) return { kind: 'history' };
  if (tokens.length === 1 && first !== undefined && SETTINGS_WORDS.has(first)) return { kind: 'settings' };
  const keyword = tokens.findIndex((token) => CODE_WORDS.has(token.toLowerCase()));
  if (keyword >= 0) {
    const typed = tokens.slice(keyword + 1).join(' ');
    return { kind: 'send', number: readFlashNumber(tokens.slice(0, keyword).join(' ')), code: ownCodeArg(typed === '' ? null : typed) };
  }
  return { kind: 'send', ...splitNumberAndDigits(tokens) };
}

/**
 * A lone trailing digit is the code length: no way of writing a number ends in a one-digit group, and taking it
 * into a number one digit short would call someone else. Otherwise the whole text is the number when it is one,
 * else the longest leading run of words that is a valid number, with whatever follows as a wrong length.
 */
function splitNumberAndDigits(tokens: readonly string[]): { number: NumberArg; code: CodeArg } {
  const last = tokens[tokens.length - 1] ?? '';
  if (tokens.length >= 2 && /^\d$/u.test(last)) return { number: readFlashNumber(tokens.slice(0, -1).join(' ')), code: digitsArg(last) };
  const whole = readFlashNumber(tokens.join(' '));
  const auto: CodeArg = { ok: true, choice: { kind: 'auto', digits: null } };
  if (whole.ok || tokens.length < 2) return { number: whole, code: auto };
  for (let end = tokens.length - 1; end >= 1; end -= 1) {
    const prefix = readFlashNumber(tokens.slice(0, end).join(' '));
    if (prefix.ok) return { number: prefix, code: digitsArg(tokens.slice(end).join(' ')) };
  }
  return { number: whole, code: auto };
}

/** A number as typed, checked against the flash-call pattern of the contract. */
export function readFlashNumber(text: string): NumberArg {
  if (text.trim() === '') return { ok: false, failure: null };
  const result = normalisePhone(text, 'flash');
  return result.ok ? { ok: true, e164: result.e164 } : { ok: false, failure: result };
}

/** An answer to "which length?" or "which code?", read like the same part of the command. */
export function readCodeAnswer(need: 'digits' | 'code', text: string): CodeArg {
  return need === 'digits' ? digitsArg(text) : ownCodeArg(text);
}

function digitsArg(typed: string): CodeArg {
  const digits = parseCodeLength(typed);
  return digits === null ? { ok: false, need: 'digits', typed } : { ok: true, choice: { kind: 'auto', digits } };
}

function ownCodeArg(typed: string | null): CodeArg {
  const code = typed === null ? null : parseOwnCode(typed);
  return code === null ? { ok: false, need: 'code', typed } : { ok: true, choice: { kind: 'own', code } };
}

/** A code length as typed (`4`), 3–6; null otherwise. */
export function parseCodeLength(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d$/u.test(trimmed)) return null;
  const digits = Number(trimmed);
  return digits >= CODE_LENGTH.min && digits <= CODE_LENGTH.max ? digits : null;
}

/** A code of one's own as typed (`1234`, `12 34`, `12-34`): 3–6 digits, leading zeros kept; null otherwise. */
export function parseOwnCode(text: string): string | null {
  const code = text.replace(CODE_SEPARATORS, '');
  return new RegExp(`^\\d{${CODE_LENGTH.min},${CODE_LENGTH.max}}$`, 'u').test(code) ? code : null;
}

/**
 * The code a person reads out: AutoCall answers with the calling number (or its tail) in `code`, and the code is
 * its last `length` digits.
 */
export function spokenCode(code: string, length: number): string {
  const digits = code.replace(/\D/gu, '');
  return digits.length <= length ? digits : digits.slice(-length);
}

/** How long the code is for a choice, given the account's default length. */
export function codeLength(choice: CodeChoice, defaultDigits: number): number {
  return choice.kind === 'own' ? choice.code.length : (choice.digits ?? defaultDigits);
}
