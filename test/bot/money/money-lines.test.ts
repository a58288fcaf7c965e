import { describe, expect, it } from 'vitest';
import { transactionLine } from '../../../src/bot/features/money/transaction-line.js';
import { dayLabel, weekChart } from '../../../src/bot/features/money/week-chart.js';

describe('money: the week chart and transaction lines', () => {
  it.each([
    ['2026-11-23', 'ru', 'пн\n23 нояб.'],
    ['2026-11-23', 'en', 'Mon\nNov 23'],
    ['2024-03-01', 'kk', 'жм\n1 нау.'],
    ['not a day', 'ru', 'not a day'],
  ] as const)('day %s in %s', (ymd, lang, label) => {
    expect(dayLabel(ymd, lang)).toBe(label);
  });

  it('orders the days oldest first and stacks the outcomes in one order, missing counts as zero', () => {
    const chart = weekChart(
      { '2026-11-24': { all: 3, success: 2, busy: 1 }, '2026-11-23': { all: 1, spam: 1 } },
      { title: 'Calls', outcome: (outcome) => outcome },
      'en',
    );
    expect(chart.categories).toEqual(['Mon\nNov 23', 'Tue\nNov 24']);
    expect(chart.series.map((series) => [series.name, series.values])).toEqual([
      ['success', [0, 2]],
      ['recalled', [0, 0]],
      ['no_answer', [0, 0]],
      ['busy', [0, 1]],
      ['error', [0, 0]],
      ['spam', [1, 0]],
    ]);
  });

  it.each([
    [{ type: 'deposit', confirmed: true, total: 15000, created_at: '2026-10-27 21:48:29', meta: { description: 'Пополнение <карта>' } }, 'en', '➕ Oct 27, 2026, 21:48 · <b>+₸15,000</b> · Пополнение &lt;карта&gt;'],
    [{ type: 'withdraw', confirmed: true, total: -187.2, created_at: '2026-11-23 10:29:00', meta: { description: 'Обзвон №1001' } }, 'ru', '➖ 23 нояб. 2026 г., 10:29 · <b>-187,20 ₸</b> · Обзвон №1001'],
    [{ type: 'deposit', confirmed: false, total: 1000 }, 'en', '⏳ <b>+₸1,000</b>'],
  ] as const)('transaction %#', (transaction, lang, line) => {
    expect(transactionLine(transaction, lang).replace(/\u00a0|\u202f/g, ' ')).toBe(line);
  });
});
