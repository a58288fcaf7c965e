/** Team roles, weakest first, and the interface languages a person can choose. */
import { z } from 'zod';

/** Owner links the key and runs the team; manager runs campaigns and money; support does flash calls; viewer reads. */
export const Role = z.enum(['viewer', 'support', 'manager', 'owner']);
export type Role = z.infer<typeof Role>;

/** True when `role` grants at least what `min` grants (roles are ordered: each includes the ones before it). */
export function roleAtLeast(role: Role, min: Role): boolean {
  return Role.options.indexOf(role) >= Role.options.indexOf(min);
}

export const Lang = z.enum(['ru', 'kk', 'en']);
export type Lang = z.infer<typeof Lang>;
