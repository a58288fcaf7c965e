import { isRussianNational, lineTypeOf, type LineType } from './kz-numbering.js';
import { allowedCodes, PHONE_RULES, type PhoneKind } from './phone-rules.js';

/** Why a typed phone number was not accepted; each kind carries what a localized message needs. */
export type PhoneError =
  | { readonly kind: 'empty' }
  /** A character that has no place in a phone number (a letter, a comma, a second `+`). */
  | { readonly kind: 'invalid_characters'; readonly char: string }
  /** `7,70112E+10`: Excel showed the number in scientific notation and the digits are lost. */
  | { readonly kind: 'excel_scientific' }
  /** Too few or too many digits for a +7 number. */
  | { readonly kind: 'bad_length'; readonly digits: number }
  /** Another country: Russia (+7 3xx/4xx/8xx/9xx) or a foreign country code. */
  | { readonly kind: 'not_kz'; readonly country: 'RU' | 'other' }
  /** A +7 number whose code this endpoint's contract pattern does not list. */
  | {
      readonly kind: 'pattern_rejected';
      readonly code: string;
      readonly line: LineType;
      readonly allowed: readonly string[];
    };

/** The kinds of {@link PhoneError}. */
export type PhoneErrorKind = PhoneError['kind'];

/** Outcome of {@link normalisePhone}. */
export type PhoneResult =
  | {
      readonly ok: true;
      /** `+77011234567`. */
      readonly e164: string;
      /** What the endpoint takes: the E.164 form, or ten national digits for `/test-call`. */
      readonly wire: string;
    }
  | PhoneFailure;

/** A rejected number: the error and what was typed. */
export type PhoneFailure = { readonly ok: false; readonly input: string } & PhoneError;

/**
 * Whether a result reached ten national digits: a phone number, even if this endpoint refuses it
 * or it is Russian. Tells a mistyped number from a sum, a date or an ID in the same column or line.
 */
export function isNumberShaped(result: PhoneResult): boolean {
  if (result.ok) return true;
  return result.kind === 'pattern_rejected' || (result.kind === 'not_kz' && result.country === 'RU');
}

/** The error of a failure without the input, for storing beside text that is kept anyway. */
export function phoneError(failure: PhoneFailure): PhoneError {
  const { ok: _ok, input: _input, ...error } = failure;
  return error;
}

/** Spaces of every width (NBSP, thin, narrow NBSP, zero-width, BOM), dashes, dots and brackets. */
const SEPARATORS = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF\-\u2010-\u2015\u2212.()]/g;
const SCIENTIFIC = /^\+?\d[.,]\d+e\+?\d+$/i;
const NATIONAL_LENGTH = 10;

/**
 * Reads a phone number the way people type it (`+7 701 123 45 67`, `8 (701) 123-45-67`,
 * `87011234567`, `77011234567`, `7011234567`, with NBSP or dots) and checks it against the
 * contract pattern of the endpoint it is meant for.
 */
export function normalisePhone(input: string, kind: PhoneKind): PhoneResult {
  const parsed = nationalDigits(input);
  if (!parsed.ok) return { ok: false, input, ...parsed.error };
  const national = parsed.national;
  if (isRussianNational(national)) return { ok: false, input, kind: 'not_kz', country: 'RU' };
  const e164 = `+7${national}`;
  const rule = PHONE_RULES[kind];
  const wire = rule.wire === 'e164' ? e164 : national;
  if (rule.pattern.test(wire)) return { ok: true, e164, wire };
  const code = national.slice(0, 3);
  return { ok: false, input, kind: 'pattern_rejected', code, line: lineTypeOf(code), allowed: allowedCodes(kind) };
}

type NationalDigits = { ok: true; national: string } | { ok: false; error: PhoneError };

/** Strips the decoration and the country or trunk prefix, leaving ten digits after +7. */
function nationalDigits(input: string): NationalDigits {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, error: { kind: 'empty' } };
  if (SCIENTIFIC.test(trimmed)) return { ok: false, error: { kind: 'excel_scientific' } };
  const international = trimmed.startsWith('+');
  const bare = (international ? trimmed.slice(1) : trimmed).replace(SEPARATORS, '');
  const stray = /\D/u.exec(bare)?.[0];
  if (stray !== undefined) return { ok: false, error: { kind: 'invalid_characters', char: stray } };
  if (bare === '') return { ok: false, error: { kind: 'empty' } };
  // `+8 701 …` is a mistyped trunk prefix: no country code starting with 8 has this length.
  const trunkOrCountry = bare.length === NATIONAL_LENGTH + 1 && (bare.startsWith('7') || bare.startsWith('8'));
  if (trunkOrCountry) return { ok: true, national: bare.slice(1) };
  if (!international && bare.length === NATIONAL_LENGTH) return { ok: true, national: bare };
  const foreign = international ? !bare.startsWith('7') : bare.length > NATIONAL_LENGTH + 1 && !/^[78]/.test(bare);
  if (foreign) return { ok: false, error: { kind: 'not_kz', country: 'other' } };
  return { ok: false, error: { kind: 'bad_length', digits: bare.length } };
}
