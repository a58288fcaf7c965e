import { describe, expect, it } from 'vitest';
import { formatCount, formatMoney, progressBar, type Language } from '../../../src/domain/format/index.js';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('formatMoney', () => {
  it.each<[number | string, Language, string]>([
    [1450.75, 'ru', `1${NBSP}450,75${NBSP}₸`],
    [1450.75, 'kk', `1${NBSP}450,75${NBSP}₸`],
    [1450.75, 'en', '₸1,450.75'],
    ['1450.75', 'ru', `1${NBSP}450,75${NBSP}₸`],
    [5000, 'ru', `5${NBSP}000${NBSP}₸`],
    [3.5, 'ru', `3,50${NBSP}₸`],
    [0, 'en', '₸0'],
    [-200, 'ru', `-200${NBSP}₸`],
    ['n/a', 'ru', 'n/a'],
    ['', 'ru', ''],
  ])('%j in %s → %j', (amount, language, shown) => {
    expect(formatMoney(amount, language).replaceAll(NNBSP, NBSP)).toBe(shown);
  });

  it('never prints the ISO code in Russian', () => {
    expect(formatMoney(100, 'ru')).not.toContain('KZT');
  });
});

describe('formatCount', () => {
  it.each<[number, Language, string]>([
    [100000, 'ru', `100${NBSP}000`],
    [100000, 'kk', `100${NBSP}000`],
    [100000, 'en', '100,000'],
    [7, 'ru', '7'],
  ])('%i in %s → %j', (count, language, shown) => {
    expect(formatCount(count, language).replaceAll(NNBSP, NBSP)).toBe(shown);
  });
});

describe('progressBar', () => {
  it.each([
    [0, 10, '░░░░░░░░░░'],
    [0.4, 10, '▓▓▓▓░░░░░░'],
    [0.5, 8, '▓▓▓▓░░░░'],
    [1, 10, '▓▓▓▓▓▓▓▓▓▓'],
    [1.7, 4, '▓▓▓▓'],
    [-1, 4, '░░░░'],
    [Number.NaN, 4, '░░░░'],
    [0 / 0, 4, '░░░░'],
  ])('%f over %i cells → %s', (ratio, width, bar) => {
    expect(progressBar(ratio, width)).toBe(bar);
  });
});
