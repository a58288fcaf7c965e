/**
 * A cell as a person meant it: trimmed, and without the wrappers spreadsheets add to keep long
 * digit strings from becoming numbers — `="87011234567"` from Excel's CSV trick and a leading `'`.
 */
export function cellText(raw: string): string {
  const trimmed = raw.trim();
  const formula = /^="(.*)"$/su.exec(trimmed);
  if (formula !== null) return (formula[1] ?? '').trim();
  return trimmed.startsWith("'") ? trimmed.slice(1).trim() : trimmed;
}
