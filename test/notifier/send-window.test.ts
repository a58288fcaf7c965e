import { describe, expect, it } from 'vitest';
import { sendWindow } from '../../src/notifier/engine/queue-runner.js';

/** Starts in the worst interval of `lengthMs`: whole windows inside it plus a full window at each edge. */
function worstStarts(window: { max: number; duration: number }, lengthMs: number): number {
  return window.max * (Math.floor(lengthMs / window.duration) + 2);
}

describe('sendWindow', () => {
  it.each([
    [29, { max: 10, duration: 345 }],
    [30, { max: 10, duration: 333 }],
    [5, { max: 5, duration: 1000 }],
    [2000, { max: 10, duration: 5 }],
  ])('at %i a second counts %j', (perSecond, expected) => {
    expect(sendWindow(perSecond)).toEqual(expected);
  });

  it.each([0, 1, 100, 345, 999, 1000, 5000, 60_000])('never starts more than Telegram’s bucket (30 + 30/s) allows within %i ms', (lengthMs) => {
    expect(worstStarts(sendWindow(29), lengthMs)).toBeLessThanOrEqual(30 + (30 * lengthMs) / 1000);
  });
});
