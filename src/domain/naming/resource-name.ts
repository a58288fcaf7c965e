/**
 * Texts people type into a field with a length limit: a list's or a sound's name (1–40 characters in the
 * contract), a text to synthesize. Lengths are UTF-16 units, as the SDK's schemas (and JavaScript) count them,
 * so what passes here is never refused before it is sent.
 */

/** `name` of `POST /lists` and `POST /sounds`. */
export const RESOURCE_NAME_MAX = 40;

export type LengthCheck =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly kind: 'empty' | 'too_long'; readonly length: number; readonly max: number };

/** The text trimmed, if it has 1 to `max` characters. */
export function checkLength(input: string, max: number): LengthCheck {
  const text = input.trim();
  if (text === '') return { ok: false, kind: 'empty', length: 0, max };
  if (text.length > max) return { ok: false, kind: 'too_long', length: text.length, max };
  return { ok: true, text };
}

export function checkResourceName(input: string): LengthCheck {
  return checkLength(input, RESOURCE_NAME_MAX);
}
