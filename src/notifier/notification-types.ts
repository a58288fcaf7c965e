/**
 * Which notification types reach whom by default, and the short codes buttons carry for them. Owners and managers
 * get the three that ask for action (a campaign finished, money running low, a caller ID about to lapse) and any
 * type the bot does not know yet; everything else is opt-in, per person and per group.
 */
import { notificationTypes } from '../api/index.js';
import type { Role } from '../store/index.js';

/** Types pushed without anyone asking. */
export const DEFAULT_TYPES = ['AutocallFinished', 'LowBalance', 'CallerIdExpiringSoon'] as const;

/** Stands for every type the bot does not know yet: such news arrives in a generic form rather than not at all. */
export const OTHER_TYPES = '*';

/** Every choice /alerts offers, defaults first; a type's code is its index here. */
export const CHOOSABLE_TYPES: readonly string[] = [
  ...DEFAULT_TYPES,
  ...notificationTypes.filter((type) => !(DEFAULT_TYPES as readonly string[]).includes(type)),
  OTHER_TYPES,
];

const KNOWN = new Set<string>(notificationTypes);

export function isKnownType(type: string): boolean {
  return KNOWN.has(type);
}

/** What a member receives in private until they choose: owners and managers the defaults, others nothing. */
export function defaultTypesFor(role: Role): string[] {
  return role === 'owner' || role === 'manager' ? [...DEFAULT_TYPES, OTHER_TYPES] : [];
}

/** Types a newly subscribed group starts with. */
export function defaultGroupTypes(): string[] {
  return [...DEFAULT_TYPES, OTHER_TYPES];
}

/** Whether a chat that chose `types` wants a notification of `type`. */
export function wants(types: readonly string[], type: string): boolean {
  return types.includes(type) || (!isKnownType(type) && types.includes(OTHER_TYPES));
}

/** Adds the type when absent, removes it when present; the result keeps the order of `CHOOSABLE_TYPES`. */
export function toggleType(types: readonly string[], type: string): string[] {
  const next = new Set(types);
  if (next.has(type)) next.delete(type);
  else next.add(type);
  return CHOOSABLE_TYPES.filter((choice) => next.has(choice));
}

export function typeCode(type: string): number {
  return CHOOSABLE_TYPES.indexOf(type);
}

/** The type a button's code names, or null for a code from another version of the list. */
export function typeOfCode(code: number): string | null {
  return CHOOSABLE_TYPES[code] ?? null;
}

/** The locale key naming a type in lists and toggles: `alert-type-autocall-finished`, `alert-type-other`. */
export function typeLabelKey(type: string): string {
  if (type === OTHER_TYPES || !isKnownType(type)) return 'alert-type-other';
  const words = type.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2');
  return `alert-type-${words.toLowerCase()}`;
}
