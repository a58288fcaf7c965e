import { describe, expect, it } from 'vitest';
import { formatDuration, type Language } from '../../../src/domain/format/index.js';

describe('formatDuration', () => {
  it.each<[number, Language, string]>([
    [65, 'ru', '1 мин 05 с'],
    [65, 'kk', '1 мин 05 с'],
    [65, 'en', '1 min 05 sec'],
    [5, 'ru', '5 с'],
    [0, 'en', '0 sec'],
    [3600 * 2 + 7, 'kk', '2 сағ 00 мин 07 с'],
    [3725, 'en', '1 hr 02 min 05 sec'],
    [59.6, 'ru', '1 мин 00 с'],
    [-3, 'ru', '0 с'],
  ])('%f s in %s → %s', (seconds, language, shown) => {
    expect(formatDuration(seconds, language).replace(/\s/gu, ' ')).toBe(shown);
  });
});
