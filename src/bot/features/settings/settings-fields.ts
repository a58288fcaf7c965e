/**
 * What may be typed into the settings: the account's name (2–40 characters, as `PUT /settings` takes it) and the
 * visit card's text, which must go out as one SMS — 160 GSM-7 characters, but only 70 once a single Cyrillic or
 * Kazakh letter makes it UCS-2. The contract's `maxLength: 160` alone would let a 100-letter Russian text through
 * and bill every recipient two SMS.
 */
import { checkSmsEncoding, countSegments } from '../../../domain/sms/index.js';

export const NAME_LIMITS = { min: 2, max: 40 } as const;
export const VISIT_TEXT_MAX = 160;
/** Characters one SMS holds in each encoding. */
const ONE_SMS = { gsm7: 160, ucs2: 70 } as const;

export type SettingsTextField = 'name' | 'visit_card_text';

/** A refusal as an i18n key and its variables. */
export type FieldCheck =
  | { ok: true; value: string }
  | { ok: false; key: string; vars: Record<string, string | number> };

export function checkName(input: string): FieldCheck {
  const value = input.trim().replace(/\s+/g, ' ');
  if (value.length < NAME_LIMITS.min || value.length > NAME_LIMITS.max) {
    return { ok: false, key: 'settings-name-length', vars: { ...NAME_LIMITS, length: value.length } };
  }
  return { ok: true, value };
}

export function checkVisitCardText(input: string): FieldCheck {
  const value = input.trim();
  if (value === '') return { ok: false, key: 'settings-vc-text-empty', vars: {} };
  const segments = countSegments(value);
  if (segments.segments <= 1 && value.length <= VISIT_TEXT_MAX) return { ok: true, value };
  const report = checkSmsEncoding(value);
  const oneSms = report.suggestion && report.suggestion.segments.segments <= 1 ? report.suggestion.text : null;
  const vars = { units: segments.units, limit: ONE_SMS[segments.encoding], segments: segments.segments };
  if (oneSms !== null) return { ok: false, key: 'settings-vc-text-lookalikes', vars: { ...vars, suggestion: oneSms } };
  return { ok: false, key: segments.encoding === 'gsm7' ? 'settings-vc-text-long-latin' : 'settings-vc-text-long-cyrillic', vars };
}

export const FIELD_CHECKS: Readonly<Record<SettingsTextField, (input: string) => FieldCheck>> = {
  name: checkName,
  visit_card_text: checkVisitCardText,
};
