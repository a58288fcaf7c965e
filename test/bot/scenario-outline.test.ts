import { describe, expect, it } from 'vitest';
import { scenarioOutline } from '../../src/bot/features/scenarios/outline.js';

const text = (data: unknown, max = 50) => {
  const outline = scenarioOutline(data, max);
  return { text: outline.lines.map((line) => `${'  '.repeat(line.depth)}${line.text}`).join('\n'), omitted: outline.omitted };
};

describe('scenarioOutline', () => {
  it.each([
    [
      'the sandbox seed: numbered steps with their settings',
      { steps: [{ id: 1, type: 'play', sound_id: 5 }, { id: 2, type: 'record', max_seconds: 10 }, { id: 3, type: 'hangup' }] },
      'steps:\n  1. play — id: 1, sound_id: 5\n  2. record — id: 2, max_seconds: 10\n  3. hangup — id: 3',
    ],
    [
      'branches under a step',
      { start: 'greet', nodes: { greet: { type: 'say', text: 'Здравствуйте! Нажмите 1', next: { '1': 'yes', '2': 'no' } } } },
      'start: “greet”\nnodes:\n  greet: say — text: “Здравствуйте! Нажмите 1”\n    next:\n      1: “yes”\n      2: “no”',
    ],
    ['a list of plain values and an empty list', { keys: [1, 2], options: [] }, 'keys:\n  1. 1\n  2. 2\noptions: —'],
    ['long text cut', { type: 'say', text: 'а'.repeat(100) }, `say — text: “${'а'.repeat(58)}…`],
    ['an empty structure', {}, ''],
  ])('%s', (_, data, expected) => {
    expect(text(data).text).toBe(expected);
  });

  it('keeps the first lines and counts the rest', () => {
    const data = { steps: Array.from({ length: 30 }, (_, i) => ({ id: i + 1, type: 'play' })) };
    expect(text(data, 10)).toEqual({ text: ['steps:', ...Array.from({ length: 9 }, (_, i) => `  ${i + 1}. play — id: ${i + 1}`)].join('\n'), omitted: 21 });
  });
});
