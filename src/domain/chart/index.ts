/** Charts drawn on the server as PNG images (ECharts SSR → SVG → resvg), for sending as Telegram photos. */
export { CHART_FONT_FAMILY } from './chart-font.js';
export { PHONE_CHART, renderStackedBarPng, renderSvg, type ChartSize } from './render-png.js';
export { categoryTotals, stackedBarOption, type BarSeries, type StackedBarChart, type StackedBarOption } from './stacked-bar-option.js';
