/** A button label with a mark before the value chosen now, so a step asked again shows what it holds. */
export function marked(label: string, chosen: boolean): string {
  return chosen ? `✓ ${label}` : label;
}
