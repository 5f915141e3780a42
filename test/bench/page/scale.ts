/**
 * The scale figures, run inside Chromium (bundled by ../sections/scale.ts) with the app's own code paths:
 * - a table of 3,321 rows (the communes since July 2025, the level below the provinces): sorted by name in
 *   Vietnamese order (`compareNames`), ranked by value (`rankUnits`: polarity, ties at the shown precision,
 *   missing rows apart), and filtered as a reader types (`matchesSearch` on every row for each keystroke);
 * - an indicator switch with ten years of monthly figures of every unit in memory: the new indicator's
 *   120 months for every unit of the 34, re-aggregated from the 63 for the months before July 2025
 *   (`reaggregateTo34`), and its latest month ranked. That is the domain work of a switch; drawing is
 *   measured by the interaction figures.
 * The rows are synthetic but shaped like the real ones: names with diacritics and the usual prefixes,
 * about 3 % missing values.
 */
import type { AggregationPart, AggregateResult } from '../../../src/domain/aggregate.ts';
import { reaggregateTo34 } from '../../../src/domain/aggregate.ts';
import type { AggregationRule } from '../../../src/domain/indicators.ts';
import { rankUnits } from '../../../src/domain/rank.ts';
import { registryUnits } from '../../../src/domain/registry.ts';
import { compareNames, matchesSearch } from '../../../src/domain/text.ts';

/** Communes, wards and special zones since 1 July 2025 (Resolution 202/2025/QH15 and the provinces' resolutions). */
export const COMMUNE_COUNT = 3321;

const PREFIXES = ['Xã', 'Xã', 'Xã', 'Phường', 'Đặc khu'];
const SYLLABLES = [
  'An',
  'Bình',
  'Phú',
  'Tân',
  'Long',
  'Hòa',
  'Thạnh',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Hưng',
  'Phước',
  'Lộc',
  'Mỹ',
  'Thuận',
  'Vĩnh',
  'Xuân',
  'Quang',
  'Trung',
  'Hiệp',
  'Đức',
  'Sơn',
  'Hải',
  'Lâm',
  'Ea',
  'Kroông',
  'Đắk',
  'Yên',
  'Định',
  'Thới',
  'Khánh',
  'Ngọc',
  'Cẩm',
  'Hồng',
  'Thủy',
  'Nghĩa',
  'Quỳnh',
  'Ân',
  'Ấp',
];

/** A small deterministic generator (mulberry32), so every run sorts the same rows. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row {
  readonly code: string;
  readonly name: string;
  readonly value: number | null;
}

function communes(): Row[] {
  const next = random(2025_07_01);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: COMMUNE_COUNT }, (_, i) => ({
    code: String(10000 + i * 7).padStart(5, '0'),
    name: `${pick(PREFIXES)} ${pick(SYLLABLES)} ${pick(SYLLABLES)}${next() < 0.2 ? ` ${1 + Math.floor(next() * 12)}` : ''}`,
    value: next() < 0.03 ? null : Math.round(next() * 100_000) / 100,
  }));
}

function timeMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export interface Timings {
  /** Milliseconds of each repetition. */
  readonly [operation: string]: readonly number[];
}

/** Sorting, ranking and filtering 3,321 rows, `repeat` times each. */
export function tableTimings(repeat: number): Timings {
  const rows = communes();
  const byName = compareNames('vi');
  const sortName: number[] = [];
  const rank: number[] = [];
  const keystroke: number[] = [];
  const query = 'phuong tan an';
  for (let r = 0; r < repeat; r++) {
    sortName.push(timeMs(() => [...rows].sort((a, b) => byName(a.name, b.name))));
    rank.push(
      timeMs(() =>
        rankUnits(
          rows.map((row) => ({ code: row.code, value: row.value })),
          { polarity: 'higher-is-better', decimals: 2 },
        ),
      ),
    );
    // Each prefix of the query, as typed: the filter runs over every row on each keystroke.
    for (let n = 1; n <= query.length; n++) {
      const typed = query.slice(0, n);
      keystroke.push(timeMs(() => rows.filter((row) => matchesSearch(row.name, typed))));
    }
  }
  return { sort_name: sortName, rank: rank, filter_keystroke: keystroke };
}

interface CachedIndicator {
  readonly rule: AggregationRule;
  /** Month keys, oldest first. */
  readonly periods: readonly string[];
  /** Parts by period: the 63's before July 2025, the 34's since. */
  readonly parts: readonly ReadonlyMap<string, AggregationPart>[];
}

const FIRST_34_MONTH = '2025-07';

function months(fromYear: number, toKey: string): string[] {
  const out: string[] = [];
  for (let y = fromYear; ; y++) {
    for (let m = 1; m <= 12; m++) {
      const key = `${y}-${String(m).padStart(2, '0')}`;
      out.push(key);
      if (key === toKey) return out;
    }
  }
}

/** Ten years of monthly figures of `count` indicators for every unit of the era that reported each month. */
function tenYearCache(count: number, latestMonth: string): CachedIndicator[] {
  const next = random(10);
  const units63 = registryUnits('63');
  const units34 = registryUnits('34');
  const periods = months(Number(latestMonth.slice(0, 4)) - 9, latestMonth).slice(-120);
  return Array.from({ length: count }, (_, i) => {
    const rule: AggregationRule =
      i % 2 === 0 ? { kind: 'sum' } : { kind: 'weighted-mean', weightIndicatorId: 'population' };
    const parts = periods.map((period) => {
      const units = period < FIRST_34_MONTH ? units63 : units34;
      const map = new Map<string, AggregationPart>();
      for (const unit of units) {
        const value = next() < 0.02 ? null : next() * 1000;
        map.set(unit.code, {
          code: unit.code,
          value,
          status: value === null ? 'missing' : 'official',
          weight: 500 + next() * 9000,
        });
      }
      return map;
    });
    return { rule, periods, parts };
  });
}

/** One switch: the indicator's ten-year line for every unit of the 34, and its latest month ranked. */
function switchTo(indicator: CachedIndicator): number {
  const units34 = registryUnits('34');
  const lines = new Map<string, (number | null)[]>(units34.map((u) => [u.code, []]));
  indicator.periods.forEach((period, i) => {
    const parts = indicator.parts[i] as ReadonlyMap<string, AggregationPart>;
    const figures: ReadonlyMap<string, AggregateResult | AggregationPart> =
      period < FIRST_34_MONTH ? reaggregateTo34(indicator.rule, units34, parts) : parts;
    for (const unit of units34) {
      const f = figures.get(unit.code);
      const value = f && 'kind' in f ? (f.kind === 'value' ? f.value : null) : (f?.value ?? null);
      lines.get(unit.code)?.push(value);
    }
  });
  const latest = indicator.periods.length - 1;
  const ranking = rankUnits(
    units34.map((u) => ({ code: u.code, value: lines.get(u.code)?.[latest] ?? null })),
    { polarity: 'higher-is-better', decimals: 1 },
  );
  return ranking.total;
}

/** `repeat` switches among 20 cached indicators. */
export function switchTimings(repeat: number, latestMonth: string): Timings {
  const cache = tenYearCache(20, latestMonth);
  const times: number[] = [];
  for (let r = 0; r < repeat; r++)
    times.push(timeMs(() => switchTo(cache[r % cache.length] as CachedIndicator)));
  return { indicator_switch: times };
}
