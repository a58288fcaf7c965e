import { describe, expect, it } from 'vitest';
import { checkResourceName } from '../../../src/domain/naming/index.js';

describe('checkResourceName', () => {
  it.each([
    ['Клиенты март', 'Клиенты март'],
    ['  Должники — май 2026 \n', 'Должники — май 2026'],
    ['Әсел & Co <VIP>', 'Әсел & Co <VIP>'],
    ['x'.repeat(40), 'x'.repeat(40)],
  ])('%j is taken as %j', (input, text) => {
    expect(checkResourceName(input)).toEqual({ ok: true, text });
  });

  it.each([
    ['', 'empty', 0],
    [' \n\t', 'empty', 0],
    ['Қайырлы күн, құрметті клиенттер! Біз сізге', 'too_long', 42],
    ['👍'.repeat(21), 'too_long', 42],
  ])('%j is refused: %s', (input, kind, length) => {
    expect(checkResourceName(input)).toEqual({ ok: false, kind, length, max: 40 });
  });
});
