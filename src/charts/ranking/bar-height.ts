/**
 * The height a ranking chart needs, apart from its builder: the ranking panel sizes its container before
 * the chart (and the bar chart's chunk) loads. With it, the note on the units left out, which the height
 * must leave room for.
 */
import { chartFontSize, estimateTextWidth, MIN_FONT_PX } from '../trend/chart-frame.ts';
import type { RankingLeftOut } from './build-ranking-bar-option.ts';

/** Below this many px per row labels collide; see {@link minRankingBarHeight}. */
const MIN_ROW_PX = 16;
/** An exported image's rows: a little more air than on screen, where the panel scrolls. */
const EXPORT_ROW_PX = 20;
/**
 * The panel height the type of an exported image is sized for: a long ranking makes a tall image, and its
 * title and value labels should not grow with the number of rows (63 rows would give 36 px titles).
 */
export const EXPORT_TYPE_HEIGHT = 560;
/**
 * The height a ranking chart needs so every row keeps a legible label: 16 px a row on screen (20 in an
 * exported image) plus margins (the export's title block and source line), more when the page text is
 * larger (`textSize`, the CSS root font size, on a wall screen), plus the lines of the note on the units
 * left out (`leftOut`, wrapped to `width` as the builder wraps it).
 * Give the container at least this (and let it scroll) rather than squeezing 34 or 63 rows.
 */
export function minRankingBarHeight(
  rowCount: number,
  withExport = false,
  textSize = 0,
  leftOut: readonly RankingLeftOut[] = [],
  width = 900,
): number {
  const note = noteLayout(leftOut, width, noteFontSize(withExport, textSize));
  if (withExport) return rowCount * EXPORT_ROW_PX + 200 + note.height;
  const rowPx = Math.max(MIN_ROW_PX, Math.round(chartFontSize(0, textSize) * 1.35));
  return rowCount * rowPx + 60 * Math.max(1, textSize / 16) + note.height;
}

/** The note's type: a little smaller than the chart text, never under 12 px. */
export function noteFontSize(exporting: boolean, textSize = 0): number {
  const base = exporting ? chartFontSize(EXPORT_TYPE_HEIGHT) : chartFontSize(0, textSize);
  return Math.max(MIN_FONT_PX, Math.round(base * 0.85));
}

/**
 * The note on the units left out, one "reason: names" per reason ("Chưa có số liệu: Lai Châu, Điện
 * Biên"), wrapped between names to `width`, and the height it takes (0 without units left out).
 */
export function noteLayout(
  leftOut: readonly RankingLeftOut[],
  width: number,
  fontSize: number,
): { lines: string[]; lineHeight: number; height: number } {
  const lineHeight = Math.round(fontSize * 1.45);
  const lines: string[] = [];
  for (const group of leftOut) {
    if (group.names.length === 0) continue;
    let line = `${group.label}: `;
    group.names.forEach((name, i) => {
      const piece = `${name}${i < group.names.length - 1 ? ',' : ''}`;
      const next = line.endsWith(': ') ? line + piece : `${line} ${piece}`;
      if (estimateTextWidth(next, fontSize) > width && !line.endsWith(': ')) {
        lines.push(line);
        line = `   ${piece}`;
      } else {
        line = next;
      }
    });
    lines.push(line);
  }
  return {
    lines,
    lineHeight,
    height: lines.length > 0 ? lines.length * lineHeight + Math.round(fontSize * 0.6) : 0,
  };
}
