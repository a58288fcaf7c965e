/**
 * What each role may do (PRODUCT.md → personas). Handlers ask for a permission, never for a role, so the matrix
 * lives in one place. Roles rank owner > manager > support > viewer; a permission names the lowest role allowed.
 */
import { type Role, roleAtLeast } from '../../store/index.js';

export const PERMISSIONS = {
  /** Lists, cards, statistics, balance, tariffs of the account. */
  view: 'viewer',
  /** Personal alert preferences. */
  'alerts.own': 'viewer',
  /** Flash calls to a customer's number. */
  'flash.send': 'support',
  /** Contact lists, audio, scenarios: create, edit, delete. */
  'content.edit': 'manager',
  /** Call and SMS campaigns: launch, reschedule, delete. */
  'campaign.launch': 'manager',
  /** Payment links. */
  'money.topup': 'manager',
  /** Subscribing a group or topic to alerts. */
  'alerts.group': 'manager',
  /** Confirming a phone number of the team's (the wizards issue: every wizard is for managers and owners). */
  'numbers.verify': 'manager',
  /** Account settings, caller-ID rentals, visit card. */
  'settings.edit': 'owner',
  /** Invites, roles, removals. */
  'team.manage': 'owner',
  'audit.view': 'owner',
  /** Relinking or unlinking the API key, binding groups. */
  'account.manage': 'owner',
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof PERMISSIONS;

export function roleAllows(role: Role | null, permission: Permission): boolean {
  return role !== null && roleAtLeast(role, PERMISSIONS[permission]);
}

/** The lowest role a permission needs, for "ask someone with the X role" messages. */
export function requiredRole(permission: Permission): Role {
  return PERMISSIONS[permission];
}
