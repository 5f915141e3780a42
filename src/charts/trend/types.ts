/**
 * The view model a trend chart is drawn from: plain data (no closures), so two inputs of the same view
 * compare equal and a deck can store one. Every visible string arrives translated; numbers arrive with
 * how to write them ({@link NumberFormatSpec}); names are plain text (escaped by the builder wherever
 * they reach HTML).
 */
import type { ObservationStatus } from '../../domain/observation.ts';
import type { NumberFormatSpec } from '../chart-spec.ts';
import type { ThemeTokens } from '../theme/tokens.ts';
import type { ExportFrameText } from './chart-frame.ts';

/** What a line stands for, which decides how it is drawn (see `buildTrendOption`). */
export type TrendSeriesRole = 'nation' | 'region' | 'unit' | 'last-year' | 'plan';

export interface TrendSeries {
  /** Stable id: 'nation' | 'region:DBSH' | 'unit:34:24' | 'last-year' | 'plan' …; matched by `highlighted`. */
  readonly id: string;
  /** Legend and tooltip name, from the feed or the message files: text, never HTML. */
  readonly name: string;
  readonly role: TrendSeriesRole;
  /** Aligned with `TrendInput.categories`; null is a gap, never zero. */
  readonly values: readonly (number | null)[];
  /** Aligned with `values`: estimate and preliminary points are drawn hollow; missing points are gaps. */
  readonly statuses?: readonly ObservationStatus[];
}

export interface TrendInput {
  /** Period labels, oldest first, e.g. "T10/2026". */
  readonly categories: readonly string[];
  /** Drawn in this order; the last-year and plan lines only when the caller includes them. */
  readonly series: readonly TrendSeries[];
  /** The unit of the y axis, e.g. "% kế hoạch", "nghìn tỷ đồng". */
  readonly axisLabel: string;
  /** How axis and tooltip numbers are written: the display locale and the indicator's decimals. */
  readonly number: NumberFormatSpec;
  /** Series id to emphasise (hovered in another panel), or null. */
  readonly highlighted: string | null;
  readonly texts: {
    readonly statusWords: Record<'estimate' | 'preliminary' | 'official', string>;
    /** "Chưa có số liệu": tooltip text for a gap, and the message of an all-empty chart. */
    readonly noData: string;
    /** "Ước tính, sơ bộ": the key of the hollow points, shown when a drawn point is one. */
    readonly provisional?: string;
  };
  /**
   * Index in `categories` of the period the board shows (the map's, the period player's), marked with a
   * vertical line; absent: none marked.
   */
  readonly current?: number;
  /** The reader asked for less motion (`prefers-reduced-motion`): no animation. */
  readonly reducedMotion?: boolean;
  readonly theme: ThemeTokens;
  /**
   * The container size in CSS px; text and line widths scale with the height. `fontSize`: the page's
   * text size in px (CSS root font size), below which chart text does not shrink much.
   */
  readonly size: { readonly width: number; readonly height: number; readonly fontSize?: number };
  /** Present when rendering for a PNG export: the title block and source line are drawn in the chart. */
  readonly export?: ExportFrameText;
}
