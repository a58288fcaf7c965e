import { describe, expect, it } from 'vitest';
import { categoryTotals, renderStackedBarPng, renderSvg, stackedBarOption, type StackedBarChart } from '../../../src/domain/chart/index.js';
import { pngSize } from '../../support/journeys.js';

const WEEK: StackedBarChart = {
  title: 'Звонки за неделю',
  categories: ['пн\n20 нояб.', 'вт\n21 нояб.', 'ср\n22 нояб.'],
  series: [
    { name: 'Успешно', color: '#2e7d32', values: [0, 5, 3] },
    { name: 'Нет ответа', color: '#ffb300', values: [0, 2, 1] },
    // A series shorter than the categories (a day the API left out) counts as zero there.
    { name: 'Спам', color: '#8e24aa', values: [0, 1] },
  ],
  fontFamily: 'DejaVu Sans',
};

describe('stacked bar chart', () => {
  it.each([
    [{ categories: ['a', 'b'], series: [{ values: [1, 2] }, { values: [3, 4] }] }, [4, 6]],
    [{ categories: ['a', 'b', 'c'], series: [{ values: [1] }, { values: [0, 0, 7] }] }, [1, 0, 7]],
    [{ categories: ['a'], series: [] }, [0]],
    [{ categories: [], series: [{ values: [5] }] }, []],
  ])('totals per category %#', (chart, totals) => {
    const series = chart.series.map((s) => ({ name: '', color: '', ...s }));
    expect(categoryTotals({ categories: chart.categories, series })).toEqual(totals);
  });

  it('stacks every series, keeps the legend to the named ones and writes each total above its bar', () => {
    const option = stackedBarOption(WEEK);
    const series = Array.isArray(option.series) ? option.series : [];
    expect(series.map((s) => [s.name, s.stack])).toEqual([
      ['Успешно', 'total'],
      ['Нет ответа', 'total'],
      ['Спам', 'total'],
      ['', 'total'],
    ]);
    expect(series[2]?.data).toEqual([0, 1, 0]);
    const svg = renderSvg(option, { width: 1000, height: 600 });
    expect(svg).toContain('Звонки за неделю');
    const totals = [...svg.matchAll(/font-weight:bold;"[^>]*>(\d+)</g)].map((match) => match[1]);
    // Days with no calls get no number; the others their sum: 5 + 2 + 1 and 3 + 1.
    expect(totals).toEqual(['8', '4']);
  });

  it('renders a PNG of the asked size times the scale, text drawn with the packaged font', async () => {
    const png = await renderStackedBarPng(WEEK, { width: 500, height: 300, scale: 3 });
    expect(pngSize(png)).toEqual({ width: 1500, height: 900 });
    // Glyphs make the picture: the same chart with no text at all compresses to much less.
    const blank = await renderStackedBarPng({ title: '', categories: ['', '', ''], series: WEEK.series.map((s) => ({ ...s, name: '' })) }, { width: 500, height: 300, scale: 3 });
    expect(png.byteLength).toBeGreaterThan(blank.byteLength * 1.2);
  });
});
