import { describe, expect, it } from 'vitest';
import { type Role, roleAtLeast } from '../../src/store/roles.js';

describe('roleAtLeast', () => {
  const table: [Role, Role, boolean][] = [
    ['owner', 'owner', true],
    ['owner', 'viewer', true],
    ['manager', 'owner', false],
    ['manager', 'manager', true],
    ['manager', 'support', true],
    ['support', 'manager', false],
    ['support', 'support', true],
    ['support', 'viewer', true],
    ['viewer', 'support', false],
    ['viewer', 'viewer', true],
  ];
  it.each(table)('%s at least %s → %s', (role, min, expected) => {
    expect(roleAtLeast(role, min)).toBe(expected);
  });
});
