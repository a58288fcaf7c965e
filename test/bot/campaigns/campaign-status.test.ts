import { describe, expect, it } from 'vitest';
import { filterCode, filterFromCode, isReschedulable, STATUS_FILTERS, statusIcon } from '../../../src/bot/features/campaigns/shared/campaign-status.js';

describe('campaign status filters', () => {
  it('round-trips every filter through its one-letter code', () => {
    for (const filter of STATUS_FILTERS) expect(filterFromCode(filterCode(filter))).toBe(filter);
  });

  it.each([
    ['r', 'running'],
    ['c', 'completed'],
    ['x', 'all'],
    ['', 'all'],
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
