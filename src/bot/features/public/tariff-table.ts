/**
 * A table in monospace for a `<pre>` block: the first column left-aligned (row names), the others right-aligned
 * (numbers), so the three plans read side by side on a phone. Cells are plain text; the caller escapes the result.
 */
/** Width in characters of a monospace cell: code points (table cells hold letters and digits, no emoji). */
const width = (cell: string): number => Array.from(cell).length;

export function monospaceTable(rows: readonly (readonly string[])[]): string {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const sizes = Array.from({ length: columns }, (_, column) => Math.max(0, ...rows.map((row) => width(row[column] ?? ''))));
  return rows
    .map((row) =>
      sizes
        .map((size, column) => {
          const cell = row[column] ?? '';
          const pad = ' '.repeat(size - width(cell));
          return column === 0 ? cell + pad : pad + cell;
        })
        .join(' ')
        .trimEnd(),
    )
    .join('\n');
}
