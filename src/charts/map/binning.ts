/**
 * Class edges for classed choropleths, pure and deterministic (after OWID Grapher's
 * `color/BinningStrategies.ts`).
 *
 * Why quantiles: a province map is read as "which units are in the top fifth", so each class should hold a
 * comparable number of units. Equal-interval classes would put TP. Hồ Chí Minh and Hà Nội alone at the top of
 * most economic indicators (their amounts are several times the next province's) and squeeze the other
 * thirty-odd units into one or two colours. Quantile edges are also robust to such outliers: moving the
 * largest value moves only the last edge.
 *
 * Edge rules, so that the legend, the colours and the ranking always agree:
 * - values are rounded to the indicator's `decimals` first ({@link roundTo}, the same rounding as the
 *   formatter), because the ranking shows the rounded number and a unit shown as "4,3" must land in the class
 *   the legend writes as "4,3 – …", not the one below it;
 * - the edges are at most `classes + 1` ascending numbers: the first is the (rounded) minimum, the last the
 *   (rounded) maximum, and each inner edge is a value of the list (nearest-rank quantile, not interpolated), so
 *   no class can be empty;
 * - class `i` holds `edges[i] ≤ v < edges[i + 1]`; the last class also holds its upper edge (the maximum);
 * - when values tie across a quantile the repeated edges are dropped, which gives fewer classes rather than
 *   empty ones. Edges therefore increase strictly, with one exception: when the maximum itself is a quantile
 *   (eight of 34 units at 100% "kế hoạch") the last class is `[max, max]` and holds exactly the units at the
 *   maximum, which is the group a leader asks about; the legend writes such a class as one number.
 */

import { roundTo } from '../../domain/rounding.ts';

// The domain's rounding, the formatter's: the option builders and the tests bin with it from here.
export { roundTo };

/**
 * Ascending class edges for `values` split into at most `classes` quantile classes (see the module comment for
 * the rules). Non-finite values (missing, not comparable) are ignored.
 *
 * Returns `[]` when there is no finite value, `[v, v]` (one class) when every value rounds to `v`, and
 * otherwise between 2 and `classes + 1` increasing numbers (strictly, except that the last two are equal when
 * the last class holds only the maximum).
 *
 * @param classes wanted number of classes, 1 or more (5 by default, docs/design.md asks for five to seven)
 * @param decimals the indicator's decimals; edges and binned values are rounded to them
 */
export function quantileBins(values: readonly number[], classes = 5, decimals = 0): number[] {
  if (!Number.isInteger(classes) || classes < 1) throw new RangeError(`classes must be ≥ 1, got ${classes}`);
  const sorted = values
    .filter((v) => Number.isFinite(v))
    .map((v) => roundTo(v, decimals))
    .sort((a, b) => a - b);
  const n = sorted.length;
  const min = sorted[0];
  const max = sorted[n - 1];
  if (min === undefined || max === undefined) return [];
  if (min === max) return [min, max];
  const edges = [min];
  for (let j = 1; j < classes; j++) {
    // Class j starts at the value of rank ⌊j·n/k⌋: counts per class differ by at most one when values are unique.
    const edge = sorted[Math.floor((j * n) / classes)] ?? max;
    if (edge > (edges[edges.length - 1] ?? Infinity)) edges.push(edge);
  }
  edges.push(max);
  return edges;
}

/**
 * The class of `value` for `edges` from {@link quantileBins}: `i` with `edges[i] ≤ value < edges[i + 1]`, the
 * last class inclusive of its upper edge. Bin the value rounded with {@link roundTo} to the same decimals.
 *
 * Values below the first edge go to the first class and values above the last edge to the last class (only a
 * value that was not in the binned list can be outside). Returns −1 when there are no classes (fewer than two
 * edges) or the value is not finite: the caller draws it as "no data".
 */
export function binIndex(edges: readonly number[], value: number): number {
  const classes = edges.length - 1;
  if (classes < 1 || !Number.isFinite(value)) return -1;
  for (let i = classes - 1; i > 0; i--) {
    if (value >= (edges[i] ?? Infinity)) return i;
  }
  return 0;
}

/**
 * Class edges of a diverging scale around `centre` (the national value, or a ceiling): `classes` (odd, 3–7)
 * classes of equal width, symmetric about the centre, the middle class `[centre − w/2, centre + w/2)` holding
 * the centre, and the outer edges reaching the value furthest from it on either side. Symmetric edges let
 * the same colour mean the same distance above or below, which quantiles cannot. Edges are rounded to
 * `decimals` like the values, and the width is at least two steps at those decimals, so that rounded edges
 * still increase strictly.
 *
 * Returns `[]` when there is no finite value and `[centre, centre]` (one class) when every value rounds to
 * the centre. Bin with {@link binIndex} as for quantile edges.
 *
 * @throws RangeError for an even or out-of-range number of classes, or a non-finite centre
 */
export function divergingBins(
  values: readonly number[],
  centre: number,
  classes = 5,
  decimals = 0,
): number[] {
  if (!Number.isInteger(classes) || classes < 3 || classes > 7 || classes % 2 === 0) {
    throw new RangeError(`A diverging scale has 3, 5 or 7 classes, not ${classes}`);
  }
  if (!Number.isFinite(centre)) throw new RangeError(`The centre must be finite, got ${centre}`);
  const c = roundTo(centre, decimals);
  const finite = values.filter((v) => Number.isFinite(v)).map((v) => roundTo(v, decimals));
  if (finite.length === 0) return [];
  const reach = Math.max(...finite.map((v) => Math.abs(v - c)));
  if (reach === 0) return [c, c];
  const perSide = (classes - 1) / 2;
  const step = 10 ** -decimals;
  // The outer classes end exactly at the furthest value: (perSide + ½) widths from the centre.
  const width = Math.max(reach / (perSide + 0.5), 2 * step);
  const edges: number[] = [];
  for (let i = 0; i <= classes; i++) edges.push(roundTo(c + (i - classes / 2) * width, decimals));
  return edges;
}
