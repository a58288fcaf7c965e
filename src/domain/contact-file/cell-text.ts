/**
 * A cell as a person meant it: trimmed, and without the wrappers spreadsheets add to keep long
 * digit strings from becoming numbers — `="87011234567"` from Excel's CSV trick and a leading `'`.
 */
export function cellText(raw: string): string {
  const trimmed = raw.trim();
  // Runs for every cell of a 100,000-row file: the wrappers are rare, so test one character first.
  const first = trimmed.charCodeAt(0);
  if (first === 0x3d /* = */ && trimmed.startsWith('="') && trimmed.endsWith('"') && trimmed.length >= 3) {
    return trimmed.slice(2, -1).trim();
  }
  return first === 0x27 /* ' */ ? trimmed.slice(1).trim() : trimmed;
}
