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

/** How a unit is filled: its class colour, or a hatched state. */
export type UnitFill =
  | { readonly kind: 'class'; readonly classIndex: number; readonly color: string }
  | { readonly kind: 'missing' | 'not-comparable'; readonly color: string; readonly fill: HatchedFill };

/** The classes of a map: edges from `quantileBins` (or `divergingBins`) and one colour per class. */
export interface ChoroplethClasses {
  readonly edges: readonly number[];
  readonly colors: readonly string[];
}

/**
 * Edges and colours for the figures of `input` (values binned as shown, rounded to `decimals`). The wanted
 * number of classes is clamped to 3–7; ties can still give fewer. With `scale: { kind: 'diverging', centre }`
 * the classes are symmetric about the centre (an odd number of them) in the diverging colours, whatever the
 * polarity; otherwise quantile classes in the sequential colours of the polarity.
 */
export function choroplethClasses(
  input: Pick<ChoroplethInput, 'figures' | 'classes' | 'decimals' | 'polarity' | 'theme' | 'scale'>,
): ChoroplethClasses {
  const values = input.figures.flatMap((f) =>
    f.state === 'value' && f.value !== null && Number.isFinite(f.value) ? [f.value] : [],
  );
  // 3–7 classes (docs/design.md: five to seven; three for small comparisons); outside that there is no scale.
  const wanted = Math.min(
    MAX_SCALE_CLASSES,
    Math.max(MIN_SCALE_CLASSES, Math.round(input.classes ?? DEFAULT_CLASSES)),
  );
  if (input.scale?.kind === 'diverging') {
    // Symmetric classes need an odd count: 4 wanted classes become 5, 6 become 7.
    const odd = wanted % 2 === 0 ? wanted + 1 : wanted;
    const edges = divergingBins(values, input.scale.centre, Math.min(odd, MAX_SCALE_CLASSES), input.decimals);
    return { edges, colors: edges.length > 1 ? divergingScale(input.theme, edges.length - 1) : [] };
  }
  const edges = quantileBins(values, wanted, input.decimals);
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

/** Classes and the fill of every unit of `input`: a unit of the map without a figure is missing. */
export function choroplethFills(input: ChoroplethInput): ChoroplethFills {
  const figures = new Map(input.figures.map((f) => [f.code, f]));
  const codes = [...new Set([...input.labelPoints.keys(), ...figures.keys()])].sort();
  const classes = choroplethClasses(input);
  const fills = new Map(
    codes.map((code) => [code, unitFill(figures.get(code), classes, input.decimals, input.theme)]),
  );
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
