/**
 * The height a ranking chart needs, apart from its builder: the ranking panel sizes its container before
 * the chart (and the bar chart's chunk) loads.
 */
import { chartFontSize } from '../trend/chart-frame.ts';

/** Below this many px per row labels collide; see {@link minRankingBarHeight}. */
const MIN_ROW_PX = 16;

/**
 * The height a ranking chart needs so every row keeps a legible label: 16 px a row plus margins, more
 * when the page text is larger (`textSize`, the CSS root font size, on a wall screen).
 * Give the container at least this (and let it scroll) rather than squeezing 34 or 63 rows.
 */
export function minRankingBarHeight(rowCount: number, withExport = false, textSize = 0): number {
  const rowPx = Math.max(MIN_ROW_PX, Math.round(chartFontSize(0, textSize) * 1.35));
  return rowCount * rowPx + (withExport ? 140 : 60) * Math.max(1, textSize / 16);
}
