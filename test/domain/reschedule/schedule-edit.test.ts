import { describe, expect, it } from 'vitest';
import { type CallSchedule, readCampaignName, scheduleProblem, scheduleUpdate, type SmsSchedule } from '../../../src/domain/reschedule/index.js';

const call: CallSchedule = { kind: 'call', name: 'Promo', date: '2026-03-20', window: { from: '09:00:00', to: '18:00:00' }, interval: 30 };
const sms: SmsSchedule = { kind: 'sms', name: 'News', date: '2026-03-20', time: '10:00:00' };
const context = { allowed: { from: '08:00:00', to: '21:00:00' }, now: { date: '2026-03-12', time: '12:30:00' } };

describe('scheduleUpdate', () => {
  it.each([
    ['nothing', call, {}],
    ['the name', { ...call, name: 'Promo 2' }, { name: 'Promo 2' }],
    ['the date', { ...call, date: '2026-03-21' }, { date_from: '2026-03-21' }],
    ['the end of the window', { ...call, window: { from: '09:00:00', to: '20:00:00' } }, { time_to: '20:00:00' }],
    ['the whole window and the interval', { ...call, window: { from: '10:00:00', to: '20:00:00' }, interval: 120 as const }, { time_from: '10:00:00', time_to: '20:00:00', tries_interval: 120 }],
  ])('a call campaign with %s changed', (_what, after, update) => {
    expect(scheduleUpdate(call, after)).toEqual(update);
  });

  it.each([
    ['nothing', sms, {}],
    ['the send time', { ...sms, time: '11:30:00' }, { time_from: '11:30:00' }],
    ['everything', { ...sms, name: 'News!', date: '2026-04-01', time: '09:00:00' }, { name: 'News!', date_from: '2026-04-01', time_from: '09:00:00' }],
  ])('an SMS campaign with %s changed', (_what, after, update) => {
    expect(scheduleUpdate(sms, after)).toEqual(update);
  });
});

describe('scheduleProblem', () => {
  it.each([
    ['unchanged', call, null],
    ['a new name only', { ...call, name: 'X' }, null],
    ['a date in the past', { ...call, date: '2026-03-11' }, { part: 'date', kind: 'past' }],
    ['today, with the window still open', { ...call, date: '2026-03-12' }, null],
    ['today, with the window over', { ...call, date: '2026-03-12', window: { from: '09:00:00', to: '12:00:00' } }, { part: 'window', kind: 'already_over' }],
    ['hours before the allowed ones', { ...call, window: { from: '07:00:00', to: '18:00:00' } }, { part: 'window', kind: 'outside_allowed' }],
    ['hours after the allowed ones', { ...call, window: { from: '09:00:00', to: '22:00:00' } }, { part: 'window', kind: 'outside_allowed' }],
  ])('a call campaign: %s', (_what, after, problem) => {
    expect(scheduleProblem(call, after, context)).toEqual(problem);
  });

  it('leaves hours nobody touched to AutoCall, even outside what is allowed now', () => {
    const early = { ...call, window: { from: '07:00:00', to: '18:00:00' } };
    expect(scheduleProblem(early, { ...early, name: 'Renamed' }, context)).toBeNull();
  });

  it.each([
    ['unchanged', sms, null],
    ['today, later', { ...sms, date: '2026-03-12', time: '13:00:00' }, null],
    ['today, earlier', { ...sms, date: '2026-03-12', time: '12:30:00' }, { part: 'time', kind: 'past' }],
    ['at night', { ...sms, time: '23:00:00' }, { part: 'time', kind: 'outside_allowed' }],
  ])('an SMS campaign: %s', (_what, after, problem) => {
    expect(scheduleProblem(sms, after, context)).toEqual(problem);
  });
});

describe('readCampaignName', () => {
  it.each([
    ['  Весенняя акция ', 'Весенняя акция'],
    ['Қазақша атау', 'Қазақша атау'],
    ['x'.repeat(40), 'x'.repeat(40)],
    ['x'.repeat(41), null],
    // 20 emoji are 40 UTF-16 units, as AutoCall counts; 21 are too many.
    ['🎉'.repeat(20), '🎉'.repeat(20)],
    ['🎉'.repeat(21), null],
    ['   ', null],
  ])('%j → %j', (text, name) => {
    expect(readCampaignName(text)).toBe(name);
  });
});
