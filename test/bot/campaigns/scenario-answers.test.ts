import { describe, expect, it } from 'vitest';
import { answerLines } from '../../../src/bot/features/campaigns/scenario-answers.js';

describe('answerLines', () => {
  it.each<[string, Record<string, unknown> | null | undefined, { path: string; value: string }[]]>([
    ['no data (a regular campaign)', null, []],
    ['an empty object (PHP sends [] for it)', {}, []],
    [
      'recorded answers, as the sandbox and the portal send them',
      { result: 'completed', answers: [{ step: 1, type: 'record', file: 'rec-100-1.wav' }] },
      [
        { path: 'result', value: 'completed' },
        { path: 'answers.1.step', value: '1' },
        { path: 'answers.1.type', value: 'record' },
        { path: 'answers.1.file', value: 'rec-100-1.wav' },
      ],
    ],
    [
      'pressed keys and a null',
      { pressed: ['1', '3'], operator: null, consent: true },
      [
        { path: 'pressed.1', value: '1' },
        { path: 'pressed.2', value: '3' },
        { path: 'operator', value: '—' },
        { path: 'consent', value: 'true' },
      ],
    ],
    ['an empty list of answers', { answers: [] }, [{ path: 'answers', value: '—' }]],
    ['a long value, cut', { comment: 'а'.repeat(150) }, [{ path: 'comment', value: `${'а'.repeat(99)}…` }]],
  ])('%s', (_case, data, expected) => {
    expect(answerLines(data)).toEqual(expected);
  });
});
