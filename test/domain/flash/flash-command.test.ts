import { describe, expect, it } from 'vitest';
import { attemptWait, codeLength, parseCodeLength, parseFlashCommand, parseOwnCode, spokenCode } from '../../../src/domain/flash/index.js';

describe('parseFlashCommand: sub-commands', () => {
  it.each([
    ['history', 'history'],
    ['History', 'history'],
    ['история', 'history'],
    ['тарих', 'history'],
    ['settings', 'settings'],
    ['настройки', 'settings'],
    ['баптаулар', 'settings'],
  ])('%j is the %s view', (args, kind) => {
    expect(parseFlashCommand(args)).toEqual({ kind });
  });
});

describe('parseFlashCommand: number and code', () => {
  const auto = (digits: number | null) => ({ ok: true, choice: { kind: 'auto', digits } });
  const own = (code: string) => ({ ok: true, choice: { kind: 'own', code } });
  it.each([
    ['+7 701 123 45 67', '+77011234567', auto(null)],
    ['8 (701) 123-45-67', '+77011234567', auto(null)],
    ['87011234567', '+77011234567', auto(null)],
    ['77011234567', '+77011234567', auto(null)],
    ['7011234567', '+77011234567', auto(null)],
    // 706 is accepted by /flash-calls though not by /lists.
    ['8 706 123 45 67', '+77061234567', auto(null)],
    ['87011234567 6', '+77011234567', auto(6)],
    ['+7 701 123 45 67 3', '+77011234567', auto(3)],
    ['701 123 45 67 5', '+77011234567', auto(5)],
    ['87011234567 code 0123', '+77011234567', own('0123')],
    ['+7 701 123 45 67 код 482 1', '+77011234567', own('4821')],
    ['87011234567 CODE 12-34-56', '+77011234567', own('123456')],
  ])('%j → %s', (args, e164, code) => {
    expect(parseFlashCommand(args)).toEqual({ kind: 'send', number: { ok: true, e164 }, code });
  });

  it.each([
    ['87011234567 8', 'digits', '8'],
    ['87011234567 2', 'digits', '2'],
    ['87011234567 12', 'digits', '12'],
    ['87011234567 four', 'digits', 'four'],
    ['87011234567 code', 'code', null],
    ['87011234567 code 12', 'code', '12'],
    ['87011234567 code 1234567', 'code', '1234567'],
    ['87011234567 code 12ab', 'code', '12ab'],
  ])('%j: the number is fine, the %s is asked (typed %j)', (args, need, typed) => {
    expect(parseFlashCommand(args)).toEqual({ kind: 'send', number: { ok: true, e164: '+77011234567' }, code: { ok: false, need, typed } });
  });

  it('asks for the number when there is none', () => {
    expect(parseFlashCommand('')).toEqual({ kind: 'send', number: { ok: false, failure: null }, code: { ok: true, choice: { kind: 'auto', digits: null } } });
    expect(parseFlashCommand('code 1234')).toEqual({ kind: 'send', number: { ok: false, failure: null }, code: { ok: true, choice: { kind: 'own', code: '1234' } } });
  });

  it.each([
    // A Russian mobile, a number of the wrong length, a word, a landline code flash calls do not reach.
    ['+7 916 123 45 67', 'not_kz'],
    ['8701123456', 'not_kz'],
    ['870112345', 'bad_length'],
    ['call me', 'invalid_characters'],
    ['+7 703 123 45 67', 'pattern_rejected'],
    // One digit short with a length after it: the length is not swallowed into a different, valid number.
    ['8701123456 5', 'not_kz'],
    ['8 701 123 45 6', 'bad_length'],
  ])('%j: the number is refused (%s)', (args, kind) => {
    const parsed = parseFlashCommand(args);
    expect(parsed.kind === 'send' && !parsed.number.ok ? parsed.number.failure?.kind : 'accepted').toBe(kind);
  });
});

describe('code parts', () => {
  it.each([
    ['3', 3],
    [' 6 ', 6],
    ['2', null],
    ['7', null],
    ['44', null],
    ['', null],
  ])('code length %j → %j', (text, digits) => {
    expect(parseCodeLength(text)).toBe(digits);
  });

  it.each([
    ['1234', '1234'],
    ['012', '012'],
    ['12 34 56', '123456'],
    ['12-34', '1234'],
    ['12', null],
    ['1234567', null],
    ['12a4', null],
    ['', null],
  ])('own code %j → %j', (text, code) => {
    expect(parseOwnCode(text)).toBe(code);
  });

  it.each([
    ['4821', 4, '4821'],
    ['+77010004821', 4, '4821'],
    ['77010048213', 6, '048213'],
    ['821', 4, '821'],
  ])('AutoCall code %j, length %i → %j', (code, length, spoken) => {
    expect(spokenCode(code, length)).toBe(spoken);
  });

  it.each([
    [{ kind: 'auto', digits: null } as const, 4],
    [{ kind: 'auto', digits: 6 } as const, 6],
    [{ kind: 'own', code: '01234' } as const, 5],
  ])('%j is %i digits long with a default of 4', (choice, length) => {
    expect(codeLength(choice, 4)).toBe(length);
  });
});

describe('attemptWait', () => {
  const MINUTE = 60_000;
  it.each([
    [null, 0, { allowed: true, left: 3 }],
    [{ count: 1, since: 0 }, MINUTE, { allowed: true, left: 2 }],
    [{ count: 2, since: 0 }, MINUTE, { allowed: true, left: 1 }],
    [{ count: 3, since: 0 }, MINUTE, { allowed: false, waitMs: 4 * MINUTE }],
    [{ count: 3, since: 0 }, 5 * MINUTE - 200, { allowed: false, waitMs: 1000 }],
    [{ count: 4, since: 0 }, 2 * MINUTE, { allowed: false, waitMs: 3 * MINUTE }],
  ])('%j at %i ms → %j', (window, now, expected) => {
    expect(attemptWait(window, now)).toEqual(expected);
  });
});
