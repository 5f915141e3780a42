import { describe, expect, it } from 'vitest';
import { awkwardNumbers, seededRandom } from '../../../test/setup/seeded-values.ts';
import { formatNumber, MINUS } from '../../domain/format.ts';
import { binIndex, divergingBins, quantileBins, roundTo } from './binning.ts';

/** How many of `values` fall in each class of `edges`. */
function counts(edges: readonly number[], values: readonly number[], decimals = 0): number[] {
  const result = Array.from({ length: edges.length - 1 }, () => 0);
  for (const v of values) {
    const i = binIndex(edges, roundTo(v, decimals));
    result[i] = (result[i] ?? 0) + 1;
  }
  return result;
}

describe('roundTo (the domain rule, which binning uses)', () => {
  it('rounds like the number formatter: half away from zero on the shown decimal', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(67.349, 1)).toBe(67.3);
    expect(roundTo(-0.04, 1)).toBe(0);
    expect(Object.is(roundTo(-0.04, 1), -0)).toBe(false);
  });

  it('puts a unit in the class whose legend edges bracket its printed figure, and equal figures together', () => {
    const random = seededRandom(5_072_026);
    const pool = awkwardNumbers(random, 400);
    const read = (v: number, d: number) =>
      Number(formatNumber(v, 'en', d).replace(MINUS, '-').replaceAll(',', ''));
    const problems: string[] = [];
    pool.forEach((base, round) => {
      const decimals = round % 4;
      const step = 10 ** -(decimals + 1);
      const values = Array.from({ length: 34 }, () => base + step * (Math.floor(random() * 40) - 20) * 0.5);
      const edges = quantileBins(values, 5, decimals);
      const classOf = new Map<string, number>();
      for (const v of values) {
        const i = binIndex(edges, roundTo(v, decimals));
        const shown = formatNumber(v, 'en', decimals);
        const seen = classOf.get(shown);
        if (seen !== undefined && seen !== i) problems.push(`${shown} in classes ${seen} and ${i}`);
        classOf.set(shown, i);
        const lower = edges[i] ?? NaN;
        const upper = edges[i + 1] ?? NaN;
        const last = i === edges.length - 2;
        const x = read(v, decimals);
        if (!(
          read(lower, decimals) <= x && (last ? x <= read(upper, decimals) : x < read(upper, decimals))
        )) {
          problems.push(
            `${shown} outside its legend ${formatNumber(lower, 'en', decimals)}–${formatNumber(upper, 'en', decimals)}`,
          );
        }
      }
    });
    expect(problems.slice(0, 10)).toEqual([]);
  });
});

describe('quantileBins', () => {
  it('gives the exact quantile edges of a known list: min, the values of rank ⌊j·n/k⌋, max', () => {
    const values = [12, 3, 7, 1, 9, 15, 4, 20, 6, 2];
    // sorted 1 2 3 4 6 7 9 12 15 20; n = 10, k = 5 → ranks 2, 4, 6, 8
    expect(quantileBins(values, 5, 0)).toEqual([1, 3, 6, 9, 15, 20]);
    expect(counts([1, 3, 6, 9, 15, 20], values)).toEqual([2, 2, 2, 2, 2]);
  });

  it('rounds values and edges to the decimals the ranking shows', () => {
    const values = [10.04, 20.06, 30.15, 40.24, 50.26, 60.35];
    // rounded 10 20.1 30.2 40.2 50.3 60.4 (30.15 → 30.2 as Intl does); n = 6, k = 3 → ranks 2, 4
    expect(quantileBins(values, 3, 1)).toEqual([10, 30.2, 50.3, 60.4]);
  });

  it('drops repeated edges when values tie, giving fewer classes and never an empty one', () => {
    const values = [1, 1, 1, 1, 1, 1, 5, 9];
    // n = 8, k = 4 → ranks 2, 4, 6 → 1, 1, 5: the repeated 1 goes, two classes remain
    const edges = quantileBins(values, 4, 0);
    expect(edges).toEqual([1, 5, 9]);
    expect(counts(edges, values)).toEqual([6, 2]);
  });

  it('gives the units at a tied maximum a class of their own, [max, max]', () => {
    const values = [100, 100, 100, 100, 100, 100, 100, 100, 60, 80];
    const edges = quantileBins(values, 5, 0);
    expect(edges).toEqual([60, 100, 100]);
    expect(counts(edges, values)).toEqual([2, 8]);
  });

  it('gives one class [v, v] for a single value and for all-equal values', () => {
    expect(quantileBins([42.123], 5, 1)).toEqual([42.1, 42.1]);
    expect(quantileBins([7, 7, 7, 7], 5, 0)).toEqual([7, 7]);
    expect(binIndex([7, 7], 7)).toBe(0);
  });

  it('ignores missing values and gives no classes when nothing is left', () => {
    expect(quantileBins([], 5, 0)).toEqual([]);
    expect(quantileBins([NaN, Infinity], 5, 0)).toEqual([]);
    expect(quantileBins([1, NaN, 3], 2, 0)).toEqual([1, 3, 3]);
  });

  it('handles fewer values than classes', () => {
    // n = 3, k = 5 → ranks 0, 1, 1, 2 → 1, 5, 5, 9: classes {1}, {5}, {9}
    expect(quantileBins([5, 1, 9], 5, 0)).toEqual([1, 5, 9, 9]);
    expect(counts([1, 5, 9, 9], [5, 1, 9])).toEqual([1, 1, 1]);
  });

  it('rejects a class count below one', () => {
    expect(() => quantileBins([1, 2], 0, 0)).toThrow(RangeError);
  });

  it('puts every value of a realistic list in exactly one class with comparable counts', () => {
    // 34 units with a TP.HCM-like and a Hà Nội-like outlier.
    const values = Array.from({ length: 32 }, (_, i) => 40 + ((i * 7919) % 1000) / 10).concat([
      310.5, 260.25,
    ]);
    for (const classes of [3, 4, 5, 6, 7]) {
      const edges = quantileBins(values, classes, 1);
      expect(edges).toHaveLength(classes + 1);
      for (let i = 1; i < edges.length; i++) expect(edges[i]).toBeGreaterThan(edges[i - 1] ?? Infinity);
      // (unique values: no degenerate last class)
      expect(edges[0]).toBe(Math.min(...values.map((v) => roundTo(v, 1))));
      expect(edges.at(-1)).toBe(roundTo(310.5, 1));
      const perClass = counts(edges, values, 1);
      expect(perClass.reduce((a, b) => a + b, 0)).toBe(values.length);
      expect(Math.max(...perClass) - Math.min(...perClass)).toBeLessThanOrEqual(1);
      for (const v of values) {
        const i = binIndex(edges, roundTo(v, 1));
        const inClass = edges
          .slice(0, -1)
          .filter(
            (lo, j) =>
              roundTo(v, 1) >= lo &&
              (j === edges.length - 2
                ? roundTo(v, 1) <= (edges[j + 1] ?? NaN)
                : roundTo(v, 1) < (edges[j + 1] ?? NaN)),
          );
        expect(inClass).toHaveLength(1);
        expect(inClass[0]).toBe(edges[i]);
      }
    }
  });
});

describe('binIndex', () => {
  const edges = [0, 10, 20, 30];

  it('is inclusive of the lower edge and, in the last class only, of the upper edge', () => {
    expect(binIndex(edges, 0)).toBe(0);
    expect(binIndex(edges, 9.9)).toBe(0);
    expect(binIndex(edges, 10)).toBe(1);
    expect(binIndex(edges, 20)).toBe(2);
    expect(binIndex(edges, 30)).toBe(2);
  });

  it('clamps values outside the edges into the first or last class', () => {
    expect(binIndex(edges, -5)).toBe(0);
    expect(binIndex(edges, 31)).toBe(2);
  });

  it('returns −1 without classes or without a finite value', () => {
    expect(binIndex([], 1)).toBe(-1);
    expect(binIndex([5], 5)).toBe(-1);
    expect(binIndex([1, 5, 9, 9], 9)).toBe(2);
    expect(binIndex([1, 5, 9, 9], 8.9)).toBe(1);
    expect(binIndex(edges, NaN)).toBe(-1);
  });
});

describe('divergingBins', () => {
  it('gives symmetric classes of equal width around the centre, the middle class holding it', () => {
    // CPI of provinces around a national 3.48%: the furthest unit is 1.5 points away.
    const edges = divergingBins([1.98, 3.0, 3.48, 3.9, 4.5], 3.48, 5, 2);
    expect(edges).toEqual([1.98, 2.58, 3.18, 3.78, 4.38, 4.98]);
    expect(binIndex(edges, 3.48)).toBe(2);
    expect(binIndex(edges, 1.98)).toBe(0);
    expect(binIndex(edges, 4.5)).toBe(4);
    // The same distance above and below lands the same number of classes from the middle.
    expect(binIndex(edges, 3.48 + 0.8) - 2).toBe(2 - binIndex(edges, 3.48 - 0.8));
  });

  it('reaches the furthest value on the side it is on, whichever side', () => {
    const edges = divergingBins([3.5, 3.6, 3.7, 4.1], 3.5, 5, 1);
    expect(edges[0]).toBe(2.9);
    expect(edges.at(-1)).toBe(4.1);
  });

  it('keeps edges strictly increasing when values sit close to the centre', () => {
    const edges = divergingBins([3.48, 3.49], 3.48, 7, 2);
    edges.slice(1).forEach((e, i) => {
      expect(e).toBeGreaterThan(edges[i] ?? Infinity);
    });
  });

  it('has one class when every value is the centre, none without values', () => {
    expect(divergingBins([2, 2], 2, 5)).toEqual([2, 2]);
    expect(divergingBins([Number.NaN], 2, 5)).toEqual([]);
  });

  it('takes 3, 5 or 7 classes and a finite centre', () => {
    expect(() => divergingBins([1, 2], 1.5, 4)).toThrow(RangeError);
    expect(() => divergingBins([1, 2], 1.5, 9)).toThrow(RangeError);
    expect(() => divergingBins([1, 2], Number.NaN, 5)).toThrow(RangeError);
  });
});
