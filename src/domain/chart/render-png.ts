/**
 * Server-side rendering: ECharts draws the option as an SVG string (its SSR mode, no DOM, no canvas), resvg
 * rasterises it to PNG on libuv's thread pool so a render does not hold up the bot's event loop.
 */
import { renderAsync } from '@resvg/resvg-js';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { CHART_FONT_FAMILY, CHART_FONT_FILES } from './chart-font.js';
import { type StackedBarChart, stackedBarOption } from './stacked-bar-option.js';

use([BarChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

export interface ChartSize {
  /** CSS pixels the layout is made for. */
  width: number;
  height: number;
  /** The PNG is `scale` times larger, so it stays sharp when a phone zooms in. */
  scale: number;
}

/** Fits a phone screen in landscape and stays legible in the chat's preview. */
export const PHONE_CHART: ChartSize = { width: 1000, height: 600, scale: 2 };

export function renderSvg(option: ReturnType<typeof stackedBarOption>, size: Pick<ChartSize, 'width' | 'height'>): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** A stacked bar chart as PNG bytes. */
export async function renderStackedBarPng(chart: Omit<StackedBarChart, 'fontFamily'>, size: ChartSize = PHONE_CHART): Promise<Buffer> {
  const svg = renderSvg(stackedBarOption({ ...chart, fontFamily: CHART_FONT_FAMILY }), size);
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: false, fontFiles: [...CHART_FONT_FILES], defaultFontFamily: CHART_FONT_FAMILY },
    fitTo: { mode: 'zoom', value: size.scale },
  });
  return image.asPng();
}
