import { describe, expect, it } from 'vitest';
import { filterCode, filterFromCode, isReschedulable, STATUS_FILTERS, statusIcon } from '../../../src/bot/features/campaigns/shared/campaign-status.js';

describe('campaign status filters', () => {
  it('round-trips every filter through its code (its place in the list: buttons carry numbers)', () => {
    for (const filter of STATUS_FILTERS) expect(filterFromCode(filterCode(filter))).toBe(filter);
  });

  it.each([
    [0, 'all'],
    [1, 'running'],
    [4, 'completed'],
    [9, 'all'],
    [undefined, 'all'],
  ] as const)('reads the code %j as %s', (code, filter) => {
    expect(filterFromCode(code)).toBe(filter);
  });

  it.each([
    ['running', '▶️', false],
    ['awaiting', '⏳', true],
    ['moderation', '🛡', true],
    ['completed', '✅', false],
    ['denied', '⛔', false],
    ['paused', '❔', false],
    [undefined, '❔', false],
  ] as const)('%s: icon %s, reschedulable %s', (status, icon, reschedulable) => {
    expect(statusIcon(status)).toBe(icon);
    expect(isReschedulable(status)).toBe(reschedulable);
  });
});
