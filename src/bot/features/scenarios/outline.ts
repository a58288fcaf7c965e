/**
 * A readable outline of a scenario's structure (`data`). The contract leaves the structure to the portal's
 * editor, so this assumes no schema: an object with a `type` reads as a step (`play — id: 1, sound_id: 5`),
 * lists are numbered, other objects are indented under their key. Long outlines are cut; the whole structure is
 * one tap away as a JSON file.
 */

export interface OutlineLine {
  depth: number;
  text: string;
}

export interface Outline {
  lines: OutlineLine[];
  /** Lines left out by the limit. */
  omitted: number;
}

const MAX_VALUE = 60;

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const isPrimitive = (value: unknown): boolean => value === null || ['string', 'number', 'boolean'].includes(typeof value);

function show(value: unknown): string {
  const text = typeof value === 'string' ? `“${value}”` : String(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function walk(value: unknown, label: string, depth: number, out: OutlineLine[]): void {
  if (Array.isArray(value)) {
    out.push({ depth, text: `${label}${value.length === 0 ? '—' : ''}`.trim() });
    value.forEach((item, index) => walk(item, `${index + 1}. `, depth + 1, out));
    return;
  }
  if (!isRecord(value)) {
    out.push({ depth, text: `${label}${show(value)}` });
    return;
  }
  const entries = Object.entries(value);
  const type = value['type'];
  if (typeof type === 'string') {
    const details = entries.filter(([key, item]) => key !== 'type' && isPrimitive(item)).map(([key, item]) => `${key}: ${show(item)}`);
    out.push({ depth, text: `${label}${type}${details.length > 0 ? ` — ${details.join(', ')}` : ''}` });
    for (const [key, item] of entries) if (!isPrimitive(item)) walk(item, `${key}: `, depth + 1, out);
    return;
  }
  if (label !== '') out.push({ depth, text: label.trim() });
  const inner = label === '' ? depth : depth + 1;
  for (const [key, item] of entries) walk(item, `${key}: `, inner, out);
}

/** The outline of `data`, at most `maxLines` lines. */
export function scenarioOutline(data: unknown, maxLines: number): Outline {
  const lines: OutlineLine[] = [];
  walk(data, '', 0, lines);
  return { lines: lines.slice(0, maxLines), omitted: Math.max(0, lines.length - maxLines) };
}
