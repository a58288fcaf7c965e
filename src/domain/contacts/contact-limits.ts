/**
 * Limits the contract puts on contacts; a test checks each against `spec/autocall-openapi.json`.
 */

/** `numbers[].extra` of `POST /lists` and `list_id[].extra` of `POST /autocalls`. */
export const EXTRA_MAX_LENGTH = 255;
/** `list_id[].extra` of `POST /bulks` is shorter than everywhere else. */
export const BULK_EXTRA_MAX_LENGTH = 60;
/** Variable keys: `[a-zA-Z0-9_]`, up to 30 characters. */
export const VARIABLE_KEY_MAX_LENGTH = 30;
/** Variable values: strings up to 255 characters. */
export const VARIABLE_VALUE_MAX_LENGTH = 255;
/** `POST /lists` and `POST /lists/append/{id}` take at most this many numbers per request. */
export const LIST_CHUNK_SIZE = 10_000;
/** Inline `list_id` numbers of `POST /autocalls` and `POST /bulks` are capped at this many. */
export const INLINE_CHUNK_SIZE = 5_000;

/** A value cut to a limit, and whether it was cut. */
export interface Clipped {
  readonly text: string;
  readonly truncated: boolean;
}

/**
 * Cuts `text` to `max` characters as the service counts them (code points), never halving an
 * emoji. The common short case costs one length check.
 */
export function clip(text: string, max: number): Clipped {
  if (text.length <= max) return { text, truncated: false };
  const points = Array.from(text);
  if (points.length <= max) return { text, truncated: false };
  return { text: points.slice(0, max).join(''), truncated: true };
}
