/**
 * Deterministic randomness. Every draw is a pure function of the sandbox seed and the names of what is drawn
 * (account, entity, attempt), so outcomes do not depend on the order in which lazy life processes accounts.
 */

/** FNV-1a over the parts, 32 bits. */
export function hashParts(...parts: readonly (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    const text = `${String(part)}\u0000`;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return hash >>> 0;
}

/** A number in [0, 1) fixed by the parts. */
export function unitFor(...parts: readonly (string | number)[]): number {
  // One mulberry32 step decorrelates hashes of parts that differ in one character.
  let t = (hashParts(...parts) + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** An integer in [min, max] fixed by the parts. */
export function intFor(min: number, max: number, ...parts: readonly (string | number)[]): number {
  return min + Math.floor(unitFor(...parts) * (max - min + 1));
}

/** Picks a weighted outcome: `weights` maps outcome → relative weight. */
export function pickWeighted<T extends string>(weights: Readonly<Record<T, number>>, unit: number): T {
  const entries = Object.entries(weights) as [T, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let cursor = unit * total;
  for (const [outcome, weight] of entries) {
    cursor -= weight;
    if (cursor < 0) return outcome;
  }
  const last = entries.at(-1);
  if (!last) throw new Error('pickWeighted: no outcomes');
  return last[0];
}

/** A version-4 shaped UUID fixed by the parts. */
export function uuidFor(...parts: readonly (string | number)[]): string {
  const hex = [0, 1, 2, 3]
    .map((i) => hashParts(...parts, 'uuid', i).toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
