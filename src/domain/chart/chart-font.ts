/**
 * The font charts are drawn with. It comes from an npm package (DejaVu Sans, which has every Cyrillic and Kazakh
 * letter), not from the system: a bare container or CI machine may have no fonts at all, and the rasteriser draws
 * no text without one.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const CHART_FONT_FAMILY = 'DejaVu Sans';

/** Regular and bold faces (titles and totals are bold). */
export const CHART_FONT_FILES: readonly string[] = [
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
];
