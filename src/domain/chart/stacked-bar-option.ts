/**
 * The ECharts option of a stacked bar chart meant to be read on a phone: big type, one bar per category, one colour
 * per series, the total above each bar, the legend under the plot. Pure: the same input gives the same option, so
 * the picture can be tested without rendering it.
 */
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TitleComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

export type StackedBarOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TitleComponentOption>;

/** One coloured part of every bar (a call outcome, say). */
export interface BarSeries {
  name: string;
  /** CSS colour. */
  color: string;
  /** One value per category, in category order. */
  values: readonly number[];
}

export interface StackedBarChart {
  title: string;
  /** Labels under the bars; `\n` breaks a label into lines. */
  categories: readonly string[];
  series: readonly BarSeries[];
  /** The font family the renderer has loaded. */
  fontFamily: string;
}

/** Sizes in CSS pixels of a 1000×600 chart; the renderer scales the whole picture up for sharpness. */
const TYPE = { title: 30, axis: 20, legend: 20, total: 20 } as const;

/** Sum of every series per category: the number written above each bar. */
export function categoryTotals(chart: Pick<StackedBarChart, 'categories' | 'series'>): number[] {
  return chart.categories.map((_, index) => chart.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0));
}

export function stackedBarOption(chart: StackedBarChart): StackedBarOption {
  const totals = categoryTotals(chart);
  const stack = 'total';
  const bars: BarSeriesOption[] = chart.series.map((series) => ({
    type: 'bar',
    name: series.name,
    stack,
    data: chart.categories.map((_, index) => series.values[index] ?? 0),
    itemStyle: { color: series.color },
    barMaxWidth: 90,
  }));
  // An empty series on top of the stack carries each bar's total as its label: ECharts has no stack-total label.
  const totalsOnTop: BarSeriesOption = {
    type: 'bar',
    name: '',
    stack,
    data: totals.map(() => 0),
    label: {
      show: true,
      position: 'top',
      fontSize: TYPE.total,
      fontWeight: 'bold',
      color: '#333333',
      formatter: (params) => {
        const total = totals[params.dataIndex] ?? 0;
        return total > 0 ? String(total) : '';
      },
    },
    silent: true,
  };
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: chart.fontFamily },
    title: { text: chart.title, left: 'center', top: 14, textStyle: { fontSize: TYPE.title, fontWeight: 'bold', color: '#222222' } },
    legend: {
      data: chart.series.map((series) => series.name),
      bottom: 12,
      itemWidth: 26,
      itemHeight: 18,
      itemGap: 22,
      textStyle: { fontSize: TYPE.legend, color: '#333333' },
    },
    grid: { left: 24, right: 24, top: 84, bottom: 118, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'category', data: [...chart.categories], axisLabel: { fontSize: TYPE.axis, interval: 0, lineHeight: 26, color: '#333333' } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: TYPE.axis, color: '#555555' } },
    series: [...bars, totalsOnTop],
  };
}
