/**
 * OWASP "CSV injection": Excel and Google Sheets evaluate a cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return as a formula, so a contact's note `=HYPERLINK("http://x","y")` becomes a live link (or worse) in
 * the owner's spreadsheet. A leading apostrophe makes the spreadsheet read the cell as text and is not displayed.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A number the spreadsheet reads as a number, not as a formula: `+77011234567`, `-150`, `12.5`, `-0,75`, `1e6`.
 * Spaces, brackets or letters make it text a spreadsheet would try to evaluate (`+7 701 123 45 67` is `+7` "∩" 701…).
 */
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?$/;

/** The cell as a spreadsheet must see it: formula-like text prefixed with `'`, plain numbers and other text as is. */
export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}
