/**
 * Why numbers were refused, counted by reason, for the review before a list is uploaded: "312 Russian numbers,
 * 40 with code 706 (lists do not take it), 3 too short". Numbers refused for the same code are one group, so the
 * person sees which prefix the list endpoint's pattern rejects and how often.
 */
import type { ContactRejection, InvalidContact } from '../contacts/index.js';

export interface RejectionGroup {
  /** One of the group's reasons (all share kind, country and code). */
  readonly reason: ContactRejection;
  readonly count: number;
}

function groupKey(reason: ContactRejection): string {
  switch (reason.kind) {
    case 'pattern_rejected':
      return `${reason.kind}:${reason.code}`;
    case 'not_kz':
      return `${reason.kind}:${reason.country}`;
    default:
      return reason.kind;
  }
}

/** Groups refused entries by reason, the largest group first (ties in order of first appearance). */
export function groupRejections(invalid: Iterable<Pick<InvalidContact, 'reason'>>): RejectionGroup[] {
  const groups = new Map<string, { reason: ContactRejection; count: number }>();
  for (const { reason } of invalid) {
    const key = groupKey(reason);
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { reason, count: 1 });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}
