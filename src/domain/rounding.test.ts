import { describe, expect, it } from 'vitest';
import { awkwardNumbers, seededRandom } from '../../test/setup/seeded-values.ts';
import { formatNumber, formatSigned, MINUS } from './format.ts';
import { roundTo } from './rounding.ts';

/** What the browser prints, as a number: ICU's own rounding, independent of the code under test. */
const printed = new Map<number, Intl.NumberFormat>();
function intlRounded(value: number, decimals: number): number {
  let format = printed.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals, useGrouping: false });
    printed.set(decimals, format);
  }
  const result = Number(format.format(value));
  return Object.is(result, -0) ? 0 : result;
}

/** The number an English figure reads as: "−1,234.57" → -1234.57. */
function readBack(text: string): number {
  return Number(text.replace(MINUS, '-').replaceAll(',', ''));
}

const SEED = 20_260_705;
const values = awkwardNumbers(seededRandom(SEED), 20_000);
const DECIMALS = [0, 1, 2, 3] as const;

describe('roundTo', () => {
  it('rounds half away from zero on the written decimal, as printed figures do', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(140.605, 2)).toBe(140.61);
    expect(roundTo(-140.605, 2)).toBe(-140.61);
    expect(roundTo(140.6049, 2)).toBe(140.6);
    expect(roundTo(2.345, 2)).toBe(2.35);
    expect(roundTo(0.5, 0)).toBe(1);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(1_234_567_890_123.455, 2)).toBe(1_234_567_890_123.46);
    expect(roundTo(67.349, 1)).toBe(67.3);
    expect(roundTo(0.0004, 3)).toBe(0);
    expect(roundTo(1e21, 2)).toBe(1e21);
    expect(roundTo(1.5e-7, 3)).toBe(0);
  });

  it('never returns minus zero, leaves non-finite values alone and rejects impossible decimals', () => {
    expect(Object.is(roundTo(-0.004, 2), 0)).toBe(true);
    expect(Object.is(roundTo(-0, 0), 0)).toBe(true);
    expect(roundTo(Number.NaN, 2)).toBeNaN();
    expect(roundTo(-Infinity, 2)).toBe(-Infinity);
    expect(() => roundTo(1, 1.5)).toThrow(RangeError);
    expect(() => roundTo(1, -1)).toThrow(RangeError);
    expect(() => roundTo(1, 21)).toThrow(RangeError);
  });

  it(`agrees with Intl's printed rounding on ${values.length} seeded awkward values at 0–3 decimals (seed ${SEED})`, () => {
    const mismatches: string[] = [];
    let arithmeticWouldFail = 0;
    for (const value of values) {
      for (const decimals of DECIMALS) {
        const expected = intlRounded(value, decimals);
        const actual = roundTo(value, decimals);
        if (!Object.is(actual, expected))
          mismatches.push(`roundTo(${value}, ${decimals}) = ${actual}, Intl ${expected}`);
        const factor = 10 ** decimals;
        const arithmetic = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
        if (arithmetic !== expected) arithmeticWouldFail++;
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    // The values reach the cases that matter: plain arithmetic rounding gets a few hundred of them wrong.
    expect(arithmeticWouldFail).toBeGreaterThan(100);
  });

  it('round then format prints the same text as format, in both languages, and reads back as the rounded value', () => {
    const mismatches: string[] = [];
    for (const value of values.slice(0, 8000)) {
      for (const decimals of DECIMALS) {
        const rounded = roundTo(value, decimals);
        for (const locale of ['vi', 'en'] as const) {
          const direct = formatNumber(value, locale, decimals);
          const viaRound = formatNumber(rounded, locale, decimals);
          if (direct !== viaRound)
            mismatches.push(`${locale} ${value} @${decimals}: ${direct} vs ${viaRound}`);
          const signed = formatSigned(value, locale, decimals);
          if (signed !== formatSigned(rounded, locale, decimals))
            mismatches.push(`signed ${locale} ${value}`);
        }
        const english = formatNumber(value, 'en', decimals);
        if (readBack(english) !== rounded)
          mismatches.push(`"${english}" reads ${readBack(english)}, not ${rounded}`);
        if (!/^-?\d+(\.\d+)?(e[+-]\d+)?$/.test(String(rounded))) mismatches.push(`odd result ${rounded}`);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('is idempotent: a rounded value rounds to itself', () => {
    for (const value of values.slice(0, 5000)) {
      for (const decimals of DECIMALS) {
        const once = roundTo(value, decimals);
        expect(roundTo(once, decimals)).toBe(once);
      }
    }
  });
});
