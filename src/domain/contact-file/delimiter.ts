/** Field separators spreadsheets export with: Russian Excel writes `;`, "Unicode text" a tab. */
export type Delimiter = ',' | ';' | '\t' | '|';

/** In order of preference when two fit equally well. */
const CANDIDATES: readonly Delimiter[] = [';', ',', '\t', '|'];
const SAMPLE_LINES = 30;

/**
 * Picks the separator that splits the first lines into the same number of fields, counting only
 * outside double quotes: `"Иванов, Иван";87011234567` is two fields split by `;`. A file with
 * one column has none; `;` is returned and changes nothing.
 */
export function detectDelimiter(sample: string): Delimiter {
  const lines = sample
    .split(/\r\n|\r|\n/u)
    .filter((l) => l.trim() !== '')
    .slice(0, SAMPLE_LINES);
  // The last sampled line may be cut short by the end of the sample.
  const complete = lines.length > 1 ? lines.slice(0, -1) : lines;
  let best: Delimiter = ';';
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const score = consistency(complete.map((l) => countOutsideQuotes(l, delimiter)));
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** How well one field count explains all lines: share of lines having the most common count, weighted by it. */
function consistency(counts: readonly number[]): number {
  const frequency = new Map<number, number>();
  for (const c of counts) if (c > 0) frequency.set(c, (frequency.get(c) ?? 0) + 1);
  let score = 0;
  for (const [count, lines] of frequency) {
    const share = lines / counts.length;
    // A count shared by most lines wins; more fields break ties (`;` between fields vs `,` in prices).
    if (share >= 0.6) score = Math.max(score, share * 100 + Math.min(count, 50));
  }
  return score;
}

function countOutsideQuotes(line: string, delimiter: Delimiter): number {
  let quoted = false;
  let count = 0;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count += 1;
  }
  return count;
}
