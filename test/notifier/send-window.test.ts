import { describe, expect, it } from 'vitest';
import { sendWindow } from '../../src/notifier/engine/queue-runner.js';

/** Starts in the worst interval of `lengthMs`: whole windows inside it plus a full window at each edge. */
function worstStarts(window: { max: number; duration: number }, lengthMs: number): number {
  return window.max * (Math.floor(lengthMs / window.duration) + 2);
}

describe('sendWindow', () => {
  it.each([
    [29, { max: 5, duration: 172 }],
    [30, { max: 5, duration: 167 }],
    [3, { max: 3, duration: 1000 }],
    [2000, { max: 5, duration: 3 }],
  ])('at %i a second counts %j', (perSecond, expected) => {
    expect(sendWindow(perSecond)).toEqual(expected);
  });

  it.each([0, 1, 100, 172, 999, 1000, 5000, 60_000])('starts at most what Telegram’s bucket (30 + 30/s) allows within %i ms, with room for late sends', (lengthMs) => {
    // Sends a busy process delays by up to half a second after their start count against the same bucket.
    const lateMs = 500;
    expect(worstStarts(sendWindow(29), lengthMs + lateMs)).toBeLessThanOrEqual(30 + (30 * lengthMs) / 1000);
  });
});
