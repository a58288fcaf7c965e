import { describe, expect, it } from 'vitest';
import { findJsonProblem } from '../../src/conversations/scenario-upload/json-syntax.js';

describe('findJsonProblem', () => {
  it.each([
    ['an object', '{"steps": [{"id": 1, "type": "play"}]}'],
    ['nested values of every kind', '{"a": [1, -2.5e3, true, false, null, "x\\n\\u0416"], "b": {}}'],
    ['a byte-order mark from a Windows editor', '\uFEFF{"a": 1}'],
    ['an array at the top', '[1, 2]'],
    ['Cyrillic text', '{"текст": "Здравствуйте! Нажмите 1"}'],
  ])('accepts %s', (_, text) => {
    expect(findJsonProblem(text)).toBeNull();
    expect(() => {
      JSON.parse(text.replace(/^\uFEFF/, ''));
    }).not.toThrow();
  });

  it.each([
    ['an empty file', '  \n', { kind: 'empty', line: 2, column: 1, found: '' }],
    ['a trailing comma in an object', '{\n  "a": 1,\n}', { kind: 'trailing_comma', line: 2, column: 9, found: ',' }],
    ['a trailing comma in an array', '[1, 2,]', { kind: 'trailing_comma', line: 1, column: 6, found: ',' }],
    ['single quotes', "{'a': 1}", { kind: 'expected_property_name', line: 1, column: 2, found: "'" }],
    ['a missing colon', '{"a" 1}', { kind: 'expected_colon', line: 1, column: 6, found: '1' }],
    ['a missing comma', '{"a": 1\n "b": 2}', { kind: 'expected_comma_or_end', line: 2, column: 2, found: '"' }],
    ['a cut-off file', '{"steps": [{"id": 1', { kind: 'unexpected_end', line: 1, column: 20, found: '' }],
    ['a comment', '{"a": 1 // one\n}', { kind: 'expected_comma_or_end', line: 1, column: 9, found: '/' }],
    ['a bare word', '{"a": yes}', { kind: 'unexpected_character', line: 1, column: 7, found: 'y' }],
    ['a line break inside a string', '{"a": "x\ny"}', { kind: 'bad_string', line: 1, column: 9, found: '\n' }],
    ['a bad escape', '{"a": "\\x41"}', { kind: 'bad_string', line: 1, column: 8, found: '\\' }],
    ['a leading zero', '{"a": 01}', { kind: 'expected_comma_or_end', line: 1, column: 8, found: '1' }],
    ['a second object after the first', '{"a": 1}\n{"b": 2}', { kind: 'trailing_content', line: 2, column: 1, found: '{' }],
    ['a column counted in characters, not bytes', '{"имя": ,}', { kind: 'unexpected_character', line: 1, column: 9, found: ',' }],
  ])('finds %s', (_, text, problem) => {
    expect(findJsonProblem(text)).toEqual(problem);
    expect(() => {
      JSON.parse(text);
    }).toThrow();
  });
});
