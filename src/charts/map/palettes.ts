/**
 * Colours for classed choropleths: one sequential scale per theme, read "darker = better" on every map, and
 * hatched fills for units without a value.
 *
 * Both scales stay readable with the common colour-vision deficiencies because they vary in lightness
 * monotonically (a reader who sees no hue still sees the order) and avoid red–green contrasts:
 * - light theme: ColorBrewer YlGnBu (Cynthia Brewer, Penn State; the exact published values for 3–7 classes);
 * - dark theme: viridis (van der Walt & Smith) from a mid blue up to yellow, cut before viridis' deep purple,
 *   which disappears on the navy background; there the bright end is the salient one.
 *
 * "More salient = better": the strongest colour against the background (darkest on the light theme,
 * brightest on the dark one) goes to the best class: the highest values for a higher-is-better indicator,
 * the lowest for a lower-is-better one (CPI, overdue tasks), so the reader never has to check the polarity
 * to know which provinces are doing well; for a neutral indicator it means higher.
 */
import type { ThemeTokens } from '../theme/tokens.ts';
import type { Polarity } from '../../domain/indicators.ts';

/** The fewest and most classes a scale has; {@link classColors} also accepts 1 and 2 (see there). */
export const MIN_SCALE_CLASSES = 3;
export const MAX_SCALE_CLASSES = 7;

/** ColorBrewer YlGnBu, lightest first. */
const YL_GN_BU: Readonly<Record<number, readonly string[]>> = {
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
  7: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
};

/** Viridis from t = 1 (yellow) to t = 0.28 (mid blue) in equal steps, lightest first. */
const VIRIDIS_ON_NAVY: Readonly<Record<number, readonly string[]>> = {
  3: ['#fde725', '#30b17c', '#375a8c'],
  4: ['#fde725', '#64ca5d', '#21968a', '#375a8c'],
  5: ['#fde725', '#87d448', '#30b17c', '#25878d', '#375a8c'],
  6: ['#fde725', '#a0d939', '#4ac16c', '#22a187', '#287e8e', '#375a8c'],
  7: ['#fde725', '#b0dc2f', '#64ca5d', '#30b17c', '#21968a', '#2a788e', '#375a8c'],
};

function reverseAll(table: Readonly<Record<number, readonly string[]>>): Record<number, readonly string[]> {
  return Object.fromEntries(Object.entries(table).map(([n, colours]) => [n, [...colours].reverse()]));
}

/**
 * The sequential scale of `theme` with `classes` colours, least salient first (lightest on the light
 * background, dimmest on the dark one). 1 and 2 classes (what
 * `quantileBins` gives when values tie) take the middle, or the two ends, of the 3-class scale, so a lone
 * class is neither the palest nor the darkest colour.
 *
 * @throws RangeError for fewer than 1 or more than {@link MAX_SCALE_CLASSES} classes
 */
export function sequentialScale(theme: ThemeTokens, classes: number): readonly string[] {
  if (!Number.isInteger(classes) || classes < 1 || classes > MAX_SCALE_CLASSES) {
    throw new RangeError(`A map scale has 1 to ${MAX_SCALE_CLASSES} classes, not ${classes}`);
  }
  // On the navy background the bright end stands out, so the dark scale runs from its dim end to its
  // bright one: in both themes the last colour is the most salient, and goes to the best class.
  const table = theme.name === 'dark' ? reverseAll(VIRIDIS_ON_NAVY) : YL_GN_BU;
  const three = table[3] ?? [];
  if (classes === 1) return [three[1] ?? ''];
  if (classes === 2) return [three[0] ?? '', three[2] ?? ''];
  return table[classes] ?? [];
}

/**
 * The colour of each class, in the order of the classes (ascending values): `result[i]` fills class `i` of
 * `quantileBins`' edges. The darkest colour goes to the best class: the highest values for
 * 'higher-is-better' and 'neutral', the lowest for 'lower-is-better'.
 */
export function classColors(theme: ThemeTokens, classes: number, polarity: Polarity): string[] {
  const scale = [...sequentialScale(theme, classes)];
  return polarity === 'lower-is-better' ? scale.reverse() : scale;
}

/** ColorBrewer PuOr (orange below the centre, purple above, near-white at it), exact values for 3, 5 and 7 classes. */
const PU_OR: Readonly<Record<number, readonly string[]>> = {
  3: ['#f1a340', '#f7f7f7', '#998ec3'],
  5: ['#e66101', '#fdb863', '#f7f7f7', '#b2abd2', '#5e3c99'],
  7: ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#d8daeb', '#998ec3', '#542788'],
};

/**
 * The same two hues on the navy background: a dim slate at the centre and the bright ends furthest from it,
 * so on the dark theme too the units furthest from the centre are the most salient. Linear RGB steps from
 * #56607a to #f4a65a and to #b9a8f0.
 */
const PU_OR_ON_NAVY: Readonly<Record<number, readonly string[]>> = {
  3: ['#f4a65a', '#56607a', '#b9a8f0'],
  5: ['#f4a65a', '#a5836a', '#56607a', '#8884b5', '#b9a8f0'],
  7: ['#f4a65a', '#bf8f65', '#8b776f', '#56607a', '#7778a1', '#9890c9', '#b9a8f0'],
};

/**
 * The diverging scale of `theme` with `classes` colours (an odd number, 1–7), lowest values first: orange
 * below the centre, the neutral colour at it, purple above it. For an indicator that is neither better high
 * nor low (CPI), read against the national value or a ceiling: the colour says how far from the centre and
 * on which side, never "better". Orange–purple stays apart under the common colour-vision deficiencies
 * (ColorBrewer marks PuOr colour-blind safe), and lightness changes monotonically with the distance. One
 * class is the neutral colour alone (every value at the centre).
 *
 * @throws RangeError for an even number of classes or one outside 1–7
 */
export function divergingScale(theme: ThemeTokens, classes: number): readonly string[] {
  if (!Number.isInteger(classes) || classes < 1 || classes > MAX_SCALE_CLASSES || classes % 2 === 0) {
    throw new RangeError(`A diverging scale has an odd number of classes from 1 to 7, not ${classes}`);
  }
  const table = theme.name === 'dark' ? PU_OR_ON_NAVY : PU_OR;
  if (classes === 1) return [table[3]?.[1] ?? ''];
  return table[classes] ?? [];
}

/** An ECharts decal (hatch pattern); structurally ECharts' `DecalObject`, which it does not export. */
export interface HatchDecal {
  readonly symbol: string;
  readonly symbolSize: number;
  readonly color: string;
  readonly dashArrayX: number | number[] | number[][];
  readonly dashArrayY: number | number[];
  readonly rotation: number;
}

/** A fill for units without a class: a neutral colour plus a hatch, so the state never reads as a value. */
export interface HatchedFill {
  readonly color: string;
  readonly decal: HatchDecal;
  /** Which pattern the decal draws; the legend draws the same pattern with plain shapes. */
  readonly pattern: 'diagonal' | 'dots';
}

function hatchInk(theme: ThemeTokens): string {
  return theme.name === 'dark' ? 'rgba(238, 242, 248, 0.45)' : 'rgba(20, 33, 61, 0.42)';
}

/**
 * "Chưa có số liệu": the theme's neutral no-data grey with diagonal stripes. Never a class colour, never
 * white (which reads as zero).
 */
export function noDataFill(theme: ThemeTokens): HatchedFill {
  return {
    color: theme.color.noData,
    pattern: 'diagonal',
    decal: {
      symbol: 'rect',
      symbolSize: 1,
      color: hatchInk(theme),
      // One 1.5-px stripe every 6 px, turned 45°.
      dashArrayX: [1, 0],
      dashArrayY: [1.5, 4.5],
      rotation: -Math.PI / 4,
    },
  };
}

/**
 * "Không so sánh được" (a value exists but cannot be compared, e.g. a score that cannot be re-aggregated to
 * the 34): the same grey with a staggered dot grid, so it reads apart from "no data" in print and in greyscale.
 */
export function notComparableFill(theme: ThemeTokens): HatchedFill {
  return {
    color: theme.color.noData,
    pattern: 'dots',
    decal: {
      symbol: 'circle',
      symbolSize: 0.7,
      color: hatchInk(theme),
      dashArrayX: [
        [3, 4],
        [0, 3.5, 3, 0.5],
      ],
      dashArrayY: [3, 2],
      rotation: 0,
    },
  };
}

/** Colour of province borders: thin light lines on the dark theme, mid grey on the light one. */
export function borderColor(theme: ThemeTokens): string {
  return theme.name === 'dark' ? 'rgba(238, 242, 248, 0.55)' : 'rgba(20, 33, 61, 0.45)';
}
