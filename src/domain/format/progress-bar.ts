/**
 * Draws a ratio as a bar of `width` cells: `progressBar(0.4)` is `▓▓▓▓░░░░░░`. Ratios outside
 * 0..1 are clamped and a missing ratio (0/0 calls done) draws empty, so callers can divide freely.
 */
export function progressBar(ratio: number, width = 10): string {
  const clamped = Number.isFinite(ratio) ? Math.min(1, Math.max(0, ratio)) : 0;
  const filled = Math.round(clamped * width);
  return '▓'.repeat(filled) + '░'.repeat(width - filled);
}
