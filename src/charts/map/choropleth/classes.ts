/**
 * Classes and fills of the province choropleth: the class edges of the figures (binned as shown, rounded to the
 * indicator's decimals), one colour per class, and the fill of each unit (its class colour, or the hatched
 * state of a missing or not-comparable unit). Pure; no layout.
 */
import type { MapSeriesOption } from 'echarts';
import { binIndex, divergingBins, quantileBins, roundTo } from '../binning.ts';
import {
  classColors,
  divergingScale,
  MAX_SCALE_CLASSES,
  MIN_SCALE_CLASSES,
  noDataFill,
  notComparableFill,
} from '../palettes.ts';
import type { HatchedFill } from '../palettes.ts';
import type { ThemeTokens } from '../../theme/tokens.ts';
import type { ChoroplethInput, MapFigure } from '../types.ts';

/** Default number of classes (docs/design.md, colour: five to seven; five reads fastest on a wall). */
export const DEFAULT_CLASSES = 5;

/**
 * How a unit is filled: its class colour, or a hatched state; `dimmed` when it is outside the region in focus
 * (its colour then faded towards the background).
 */
export type UnitFill =
  | {
      readonly kind: 'class';
      readonly classIndex: number;
      readonly color: string;
      readonly dimmed?: boolean;
    }
  | {
      readonly kind: 'missing' | 'not-comparable';
      readonly color: string;
      readonly fill: HatchedFill;
      readonly dimmed?: boolean;
    };

/** The classes of a map: edges from `quantileBins` (or `divergingBins`) and one colour per class. */
export interface ChoroplethClasses {
  readonly edges: readonly number[];
  readonly colors: readonly string[];
}

/**
 * Edges and colours for the figures of `input` (values binned as shown, rounded to `decimals`). The wanted
 * number of classes is clamped to 3–7; ties can still give fewer. With `scale: { kind: 'diverging', centre }`
 * the classes are symmetric about the centre (an odd number of them) in the diverging colours, whatever the
 * polarity; otherwise quantile classes in the sequential colours of the polarity. Fixed `edges` (the period
 * player's, from `rangeClassEdges`) replace the figures' own, in the colours of the scale.
 */
export function choroplethClasses(
  input: Pick<ChoroplethInput, 'figures' | 'classes' | 'decimals' | 'polarity' | 'theme' | 'scale' | 'edges'>,
): ChoroplethClasses {
  const values = input.figures.flatMap((f) =>
    f.state === 'value' && f.value !== null && Number.isFinite(f.value) ? [f.value] : [],
  );
  // 3–7 classes (docs/design.md: five to seven; three for small comparisons); outside that there is no scale.
  const wanted = Math.min(
    MAX_SCALE_CLASSES,
    Math.max(MIN_SCALE_CLASSES, Math.round(input.classes ?? DEFAULT_CLASSES)),
  );
  const fixed = input.edges && input.edges.length > 1 ? input.edges : undefined;
  if (input.scale?.kind === 'diverging') {
    // Symmetric classes need an odd count: 4 wanted classes become 5, 6 become 7.
    const odd = wanted % 2 === 0 ? wanted + 1 : wanted;
    const edges =
      fixed ?? divergingBins(values, input.scale.centre, Math.min(odd, MAX_SCALE_CLASSES), input.decimals);
    // Fixed edges of a diverging scale come from `rangeClassEdges` with the same centre: an odd count.
    if ((edges.length - 1) % 2 === 1) return { edges, colors: divergingScale(input.theme, edges.length - 1) };
    if (edges.length <= 1) return { edges, colors: [] };
  }
  const edges = fixed ?? quantileBins(values, wanted, input.decimals);
  const colors = edges.length > 1 ? classColors(input.theme, edges.length - 1, input.polarity) : [];
  return { edges, colors };
}

/** The fill of one unit: its class colour when it has a comparable value, otherwise the hatched state. */
export function unitFill(
  figure: MapFigure | undefined,
  classes: ChoroplethClasses,
  decimals: number,
  theme: ThemeTokens,
): UnitFill {
  if (figure?.state === 'not-comparable') {
    const fill = notComparableFill(theme);
    return { kind: 'not-comparable', color: fill.color, fill };
  }
  if (figure?.state === 'value' && figure.value !== null) {
    const classIndex = binIndex(classes.edges, roundTo(figure.value, decimals));
    const color = classes.colors[classIndex];
    if (color !== undefined) return { kind: 'class', classIndex, color };
  }
  const fill = noDataFill(theme);
  return { kind: 'missing', color: fill.color, fill };
}

/** The fills of a map: every unit of the era (codes sorted) with its fill, and a lookup that never fails. */
export interface ChoroplethFills {
  readonly classes: ChoroplethClasses;
  /** Every code on the map: those with a label point and those with a figure, sorted. */
  readonly codes: readonly string[];
  readonly figures: ReadonlyMap<string, MapFigure>;
  readonly fills: ReadonlyMap<string, UnitFill>;
  /** The fill of `code`, missing for a code that is not on the map. */
  readonly fillOf: (code: string) => UnitFill;
}

/** How much of the background a dimmed unit's colour takes: enough to read as set aside, not as a class. */
const DIM_SHARE = 0.72;

/** `color` (#rrggbb) faded towards the theme's surface, as drawn for a unit outside the region in focus. */
export function dimColor(color: string, theme: ThemeTokens): string {
  const parse = (hex: string) => {
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
    return m ? [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16)) : undefined;
  };
  const from = parse(color);
  const to = parse(theme.color.surface);
  if (!from || !to) return color;
  return `#${from
    .map((c, i) => Math.round(c + ((to[i] ?? c) - c) * DIM_SHARE))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

/**
 * Classes and the fill of every unit of `input`: a unit of the map without a figure is missing; with
 * `input.focus`, a unit outside it is dimmed (its class or hatch kept, its colour faded).
 */
export function choroplethFills(input: ChoroplethInput): ChoroplethFills {
  const figures = new Map(input.figures.map((f) => [f.code, f]));
  const codes = [...new Set([...input.labelPoints.keys(), ...figures.keys()])].sort();
  const classes = choroplethClasses(input);
  const focus = input.focus ? new Set(input.focus) : undefined;
  const fillFor = (code: string): UnitFill => {
    const fill = unitFill(figures.get(code), classes, input.decimals, input.theme);
    return focus && !focus.has(code)
      ? { ...fill, color: dimColor(fill.color, input.theme), dimmed: true }
      : fill;
  };
  const fills = new Map(codes.map((code) => [code, fillFor(code)]));
  const fillOf = (code: string): UnitFill =>
    fills.get(code) ?? unitFill(undefined, classes, input.decimals, input.theme);
  return { classes, codes, figures, fills, fillOf };
}

/**
 * The map series data: one item per unit, named by its code, with the fill in `itemStyle.color` (tooltip
 * marker, aria, tests) and the hatch `decal` for missing and not-comparable units, which ECharts takes from the
 * series even when the geo draws the region. A missing value is `'-'`, never zero.
 */
export function unitSeriesData(fills: ChoroplethFills): NonNullable<MapSeriesOption['data']> {
  return fills.codes.map((code) => {
    const fill = fills.fillOf(code);
    const figure = fills.figures.get(code);
    return {
      name: code,
      value: figure?.state === 'value' && figure.value !== null ? figure.value : '-',
      itemStyle:
        fill.kind === 'class'
          ? { color: fill.color, areaColor: fill.color }
          : { color: fill.color, areaColor: fill.color, decal: { ...fill.fill.decal } },
    };
  });
}

/**
 * Class edges fixed over a range of periods, for the period player: the edges (`quantileBins`, or
 * `divergingBins` around `centre` for a diverging scale: the same rules as one period's) of every value of
 * every period in the range together, so each period is coloured on one scale and a year's progress shows as
 * the map darkening, rather than every month spreading its own values over every class. Missing and
 * not-comparable figures are left out, as for one period. `[]` when the range has no value.
 *
 * @param periods the figures of each period of the range
 * @param classes wanted number of classes, clamped to 3–7 as for one period (odd for a diverging scale)
 * @param centre the centre of a diverging scale, held over the range; absent for quantile classes
 */
export function rangeClassEdges(
  periods: readonly (readonly Pick<MapFigure, 'state' | 'value'>[])[],
  decimals: number,
  classes = DEFAULT_CLASSES,
  centre?: number,
): number[] {
  const values = periods.flatMap((figures) =>
    figures.flatMap((f) =>
      f.state === 'value' && f.value !== null && Number.isFinite(f.value) ? [f.value] : [],
    ),
  );
  const wanted = Math.min(MAX_SCALE_CLASSES, Math.max(MIN_SCALE_CLASSES, Math.round(classes)));
  if (centre !== undefined) {
    const odd = wanted % 2 === 0 ? wanted + 1 : wanted;
    return divergingBins(values, centre, Math.min(odd, MAX_SCALE_CLASSES), decimals);
  }
  return quantileBins(values, wanted, decimals);
}
