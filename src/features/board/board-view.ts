/**
 * What the panels of a board share: the indicator and period on show, the unit set (era), the region,
 * the unit under the pointer, the reader's language and theme, the panels' own view switches, and one
 * `update` that writes a change back to wherever the page keeps its state (the URL). Every board (the
 * overview, the province page's trend, later the ministries' boards) provides one; panels read it
 * instead of taking a dozen props each.
 */
import type { ThemeName } from '../../charts/theme/tokens.ts';
import type { Indicator } from '../../domain/indicators.ts';
import type { Frequency, Period } from '../../domain/period.ts';
import type {
  IsoDate,
  Locale,
  MinistryEraId,
  ProvinceEraId,
  Region,
  RegionId,
  Scope,
} from '../../domain/units.ts';

/** Whose figures a board ranks: provinces and cities, or ministries and ministry-level agencies. */
export type AgencyKind = Scope;

/** A set of ministries in force over a span of dates: the 22 or the 17. */
export interface MinistrySet {
  readonly era: MinistryEraId;
  readonly count: number;
  /** First day in force; absent for a set in force before the data begins (the 22). */
  readonly from?: IsoDate;
  /** Last day in force; absent for the set in force today. */
  readonly to?: IsoDate;
}

export type MapView = 'map' | 'table';
export type RankingView = 'table' | 'chart';
export type TrendView = 'chart' | 'table';
/** All units, or only the best or worst ten. */
export type RankingSlice = 'all' | 'top' | 'bottom';
/** Values as published for each period, or accumulated from January ("lũy kế"). */
export type TrendMode = 'period' | 'cumulative';

/** The panels' own view state: switches and the trend's compared units. Pages keep it in their URL. */
export interface PanelState {
  readonly mapView: MapView;
  readonly rankingView: RankingView;
  readonly trendView: TrendView;
  readonly slice: RankingSlice;
  /** Null: the mode the indicator is published in. */
  readonly trendMode: TrendMode | null;
  /** Units (codes of the era) drawn on the trend beside the nation. */
  readonly compare: readonly string[];
}

/** A change a panel asks for: a period (key) to show, or new view state. */
export type BoardPatch = Partial<PanelState> & { readonly period?: string };

export interface BoardView {
  readonly indicator: Indicator;
  /** The whole catalog: rules name other indicators (weights, components). */
  readonly catalog: readonly Indicator[];
  readonly frequency: Frequency;
  readonly period: Period;
  /** Every period the board can step through, oldest first. */
  readonly periods: readonly Period[];
  /** The unit set on show: the 34 provincial units or the 63 former ones. */
  readonly era: ProvinceEraId;
  /**
   * Present when the board ranks ministries instead of provinces: the ministry set that reported the
   * period (the 22 or the 17). Absent: the board's units are the provinces of `era`. Read it with
   * {@link boardAgencies}.
   */
  readonly ministries?: MinistrySet;
  readonly region: RegionId | null;
  readonly regions: readonly Region[];
  /** The latest year with data, which picks the weights of a weighted mean. */
  readonly latestYear: number;
  readonly locale: Locale;
  readonly theme: ThemeName;
  readonly panels: PanelState;
  /** At most this many units on the trend beside the nation. */
  readonly maxCompare: number;
  /** The unit highlighted in every panel while one of them is hovered or focused. */
  readonly hovered: string | null;
  readonly setHovered: (code: string | null) => void;
  /** `replace`: change the view without a new history entry (the period player). */
  readonly update: (patch: BoardPatch, options?: { replace?: boolean }) => void;
  /** The page of a unit of the era on show. */
  readonly unitHref: (code: string) => string;
}

/** Whose figures the board ranks. */
export function boardAgencies(view: Pick<BoardView, 'ministries'>): AgencyKind {
  return view.ministries ? 'ministry' : 'province';
}
