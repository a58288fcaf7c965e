/**
 * Which `{{variables}}` of an SMS text the recipients have no value for. The service sends such a variable as
 * empty text, so "Hello, {{name}}!" becomes "Hello, !" for them; the wizard names the gaps before money is spent.
 */

/** Variables of some recipients, or none. */
export type ContactVariables = Readonly<Record<string, string>> | null | undefined;

/** How many recipients have a (non-empty) value for each variable. */
export interface VariableCounts {
  readonly total: number;
  readonly have: Readonly<Record<string, number>>;
}

/** A variable some recipients lack. */
export interface VariableGap {
  readonly variable: string;
  readonly missing: number;
  readonly of: number;
}

/** Counts the variables of a group of recipients. */
export function countVariables(contacts: Iterable<ContactVariables>): VariableCounts {
  const have = new Map<string, number>();
  let total = 0;
  for (const variables of contacts) {
    total += 1;
    for (const [name, value] of Object.entries(variables ?? {})) {
      if (value !== '') have.set(name, (have.get(name) ?? 0) + 1);
    }
  }
  return { total, have: Object.fromEntries(have) };
}

/** The variables of `variables` that some of the counted recipients lack, in the order given. */
export function variableGaps(variables: readonly string[], counts: VariableCounts): VariableGap[] {
  return variables
    .map((variable) => ({ variable, missing: counts.total - (Object.hasOwn(counts.have, variable) ? (counts.have[variable] ?? 0) : 0), of: counts.total }))
    .filter((gap) => gap.missing > 0);
}
