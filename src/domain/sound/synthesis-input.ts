/**
 * What a person types while ordering speech synthesis, checked against the contract's limits for `POST /sounds`:
 * the text (1–400 characters), the speed (0.25–4) and pitch (−20..20) as people write numbers (`1,25`, `x1.5`,
 * `−5`); and the sound's default name, the first words of the text.
 */
import { checkLength, type LengthCheck, RESOURCE_NAME_MAX } from '../naming/index.js';

/** `data[0].text` of `POST /sounds`. */
export const SYNTHESIS_TEXT_MAX = 400;
export const SPEED_LIMITS = { min: 0.25, max: 4 } as const;
export const PITCH_LIMITS = { min: -20, max: 20 } as const;
/** The contract's defaults. */
export const DEFAULT_SPEED = 1;
export const DEFAULT_PITCH = 0;
export const SPEED_PRESETS = [0.75, 1, 1.25, 1.5] as const;
export const PITCH_PRESETS = [-10, -5, 0, 5, 10] as const;

export type NumberInput =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly kind: 'not_a_number' | 'out_of_range'; readonly min: number; readonly max: number };

export function checkSynthesisText(input: string): LengthCheck {
  return checkLength(input, SYNTHESIS_TEXT_MAX);
}

/** Minus signs people paste: ASCII, the typographic minus and dashes. */
const MINUS = /^[-\u2212\u2012\u2013\u2014]/u;

/** A decimal number with a comma or a point, an optional sign, and decoration such as `x` or `×` around it. */
function readNumber(input: string, decoration: RegExp): number | null {
  const bare = input.trim().replace(decoration, '').replace(/\s+/g, '').replace(MINUS, '-').replace(',', '.');
  if (!/^[-+]?(?:\d+(?:\.\d+)?|\.\d+)$/.test(bare)) return null;
  return Number(bare);
}

function inRange(value: number | null, limits: { readonly min: number; readonly max: number }): NumberInput {
  if (value === null) return { ok: false, kind: 'not_a_number', ...limits };
  if (value < limits.min || value > limits.max) return { ok: false, kind: 'out_of_range', ...limits };
  return { ok: true, value };
}

/** Speech rate as typed: `1.25`, `1,25`, `x1.5`, `1.5x`, `×2`. */
export function parseSpeed(input: string): NumberInput {
  return inRange(readNumber(input, /^[xх×]\s*|\s*[xх×]$/iu), SPEED_LIMITS);
}

/** Pitch as typed: `5`, `+5`, `-5`, `−5` (a typographic minus). */
export function parsePitch(input: string): NumberInput {
  return inRange(readNumber(input, /^$/u), PITCH_LIMITS);
}

/**
 * A name for a sound made from its text: the first words that fit in `max` characters, with an ellipsis when the
 * text goes on. A first word longer than the limit is cut.
 */
export function defaultSoundName(text: string, max = RESOURCE_NAME_MAX): string {
  const words = text.trim().split(/\s+/u).filter((word) => word !== '');
  const whole = words.join(' ');
  if (whole.length <= max) return whole;
  let name = '';
  for (const word of words) {
    const next = name === '' ? word : `${name} ${word}`;
    if (next.length > max - 1) break;
    name = next;
  }
  if (name === '') name = (words[0] ?? '').slice(0, max - 1);
  return `${name.replace(/[\s,.;:!?—–-]+$/u, '')}…`;
}
