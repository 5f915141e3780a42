import { describe, expect, it } from 'vitest';
import { awkwardNumbers, seededRandom } from '../../test/setup/seeded-values.ts';
import { formatNumber } from './format.ts';
import { labelledExtremes, rankChanges, rankUnits, topAndBottom } from './rank.ts';

const inputs = [
  { code: '01', value: 87.45 },
  { code: '04', value: 92.1 },
  { code: '08', value: 87.45 },
  { code: '11', value: 80 },
  { code: '12', value: null, reason: 'late' as const },
  { code: '14', value: 87.451 },
];

describe('rankUnits', () => {
  it('uses competition ranking with ties at the displayed precision (1, 2, 2, 2, 5)', () => {
    const ranking = rankUnits(inputs, { polarity: 'higher-is-better', decimals: 2 });
    expect(ranking.ranked.map((e) => [e.code, e.rank, e.tied])).toEqual([
      ['04', 1, false],
      ['01', 2, true],
      ['08', 2, true],
      ['14', 2, true],
      ['11', 5, false],
    ]);
    expect(ranking.total).toBe(5);
  });

  it('separates values that differ at the displayed precision', () => {
    const ranking = rankUnits(inputs, { polarity: 'higher-is-better', decimals: 3 });
    expect(ranking.ranked.map((e) => e.rank)).toEqual([1, 2, 3, 3, 5]);
    expect(ranking.ranked[1]?.code).toBe('14');
  });

  it('puts the lowest first when lower is better (CPI, overdue tasks)', () => {
    const ranking = rankUnits(inputs, { polarity: 'lower-is-better', decimals: 2 });
    expect(ranking.ranked.map((e) => [e.code, e.rank])).toEqual([
      ['11', 1],
      ['01', 2],
      ['08', 2],
      ['14', 2],
      ['04', 5],
    ]);
  });

  it('orders a neutral indicator by size, highest first', () => {
    const ranking = rankUnits(inputs, { polarity: 'neutral', decimals: 2 });
    expect(ranking.ranked[0]?.code).toBe('04');
  });

  it('lists missing units unranked with their reason instead of ranking them last as zero', () => {
    const ranking = rankUnits([...inputs, { code: '20', value: null }, { code: '22', value: 0 }], {
      polarity: 'higher-is-better',
      decimals: 2,
    });
    expect(ranking.unranked).toEqual([
      { code: '12', reason: 'late' },
      { code: '20', reason: 'missing' },
    ]);
    expect(ranking.ranked.at(-1)).toEqual({ code: '22', value: 0, rank: 6, tied: false });
  });

  it('ranks nothing when nothing is present', () => {
    const ranking = rankUnits([{ code: '01', value: null }], { polarity: 'higher-is-better', decimals: 0 });
    expect(ranking).toEqual({ ranked: [], unranked: [{ code: '01', reason: 'missing' }], total: 0 });
  });
});

describe('rankChanges', () => {
  it('counts places gained since the previous period and has no change for newly ranked units', () => {
    const previous = rankUnits(
      [
        { code: '01', value: 3 },
        { code: '04', value: 2 },
        { code: '08', value: 1 },
      ],
      { polarity: 'higher-is-better', decimals: 0 },
    );
    const current = rankUnits(
      [
        { code: '01', value: 1 },
        { code: '04', value: 0 },
        { code: '08', value: 2 },
        { code: '11', value: 4 },
      ],
      { polarity: 'higher-is-better', decimals: 0 },
    );
    expect(Object.fromEntries(rankChanges(current, previous))).toEqual({
      '11': null,
      '08': 1,
      '01': -2,
      '04': -2,
    });
  });
});

describe('topAndBottom', () => {
  it('returns the best n and the worst n, worst first, without overlap', () => {
    const ranking = rankUnits(
      Array.from({ length: 5 }, (_, i) => ({ code: String(i + 10), value: i })),
      { polarity: 'higher-is-better', decimals: 0 },
    );
    expect(topAndBottom(ranking, 3)).toMatchObject({
      top: [{ code: '14' }, { code: '13' }, { code: '12' }],
      bottom: [{ code: '10' }, { code: '11' }],
    });
  });
});

describe('labelledExtremes', () => {
  const rank = (values: readonly number[]) =>
    rankUnits(
      values.map((value, i) => ({ code: String(i + 10), value })),
      { polarity: 'higher-is-better', decimals: 1 },
    );
  const codes = (entries: readonly { code: string }[]) => entries.map((e) => e.code);

  it('labels the best three and the worst three when nothing is tied', () => {
    const extremes = labelledExtremes(rank([90, 80, 70, 60, 50, 40, 30]), 3);
    expect(codes(extremes.top)).toEqual(['10', '11', '12']);
    expect(codes(extremes.bottom)).toEqual(['16', '15', '14']);
    expect(extremes.topTie).toBeNull();
    expect(extremes.bottomTie).toBeNull();
  });

  it('counts twenty units tied at 100% instead of labelling three of them', () => {
    const values = [...Array.from({ length: 20 }, () => 100), 97.5, 95, 90, 80, 60, 55];
    const extremes = labelledExtremes(rank(values), 3);
    expect(extremes.top).toEqual([]);
    expect(extremes.topTie).toEqual({ count: 20, value: 100 });
    // The worst are still labelled, from the units below the tie.
    expect(codes(extremes.bottom)).toEqual(['35', '34', '33']);
  });

  it('never labels part of a tie cut by the third place', () => {
    // 1st 95, 2nd 90, then three tied at 80: the third place would pick one of the three.
    const extremes = labelledExtremes(rank([95, 90, 80, 80, 80, 50, 40, 30]), 3);
    expect(codes(extremes.top)).toEqual(['10', '11']);
    expect(extremes.topTie).toBeNull();
    // Two tied at the bottom with one above them: all three labelled.
    const bottom = labelledExtremes(rank([95, 90, 85, 80, 70, 60, 10, 10]), 3);
    expect(codes(bottom.bottom)).toEqual(['16', '17', '15']);
  });

  it('counts a tie at the bottom too', () => {
    const extremes = labelledExtremes(rank([95, 90, 85, 0, 0, 0, 0]), 3);
    expect(codes(extremes.top)).toEqual(['10', '11', '12']);
    expect(extremes.bottom).toEqual([]);
    expect(extremes.bottomTie).toEqual({ count: 4, value: 0 });
  });

  it('ties at the shown decimals, and does not count the best tie again at the bottom', () => {
    const allEqual = labelledExtremes(rank([100, 100.04, 99.96, 100, 100]), 3);
    expect(allEqual.topTie).toEqual({ count: 5, value: 100 });
    expect(allEqual.bottom).toEqual([]);
    expect(allEqual.bottomTie).toBeNull();
  });
});

describe('rankUnits and the printed figures', () => {
  it('ties 140.605 with 140.61 (both print "140,61"), not with 140.6 ("140,60")', () => {
    const ranking = rankUnits(
      [
        { code: '01', value: 140.6 },
        { code: '02', value: 140.605 },
        { code: '03', value: 140.61 },
      ],
      { polarity: 'higher-is-better', decimals: 2 },
    );
    expect(ranking.ranked.map((e) => [e.code, e.rank, formatNumber(e.value, 'vi', 2)])).toEqual([
      ['02', 1, '140,61'],
      ['03', 1, '140,61'],
      ['01', 3, '140,60'],
    ]);
  });

  it('on seeded values, two units share a rank exactly when their figures print the same', () => {
    const random = seededRandom(7_052_026);
    const pool = awkwardNumbers(random, 4000);
    const problems: string[] = [];
    for (let round = 0; round < 300; round++) {
      const decimals = round % 4;
      // 34 units drawn from a few neighbouring values, so that many print alike.
      const base = pool[round] ?? 0;
      const step = 10 ** -(decimals + 1);
      const inputs = Array.from({ length: 34 }, (_, i) => ({
        code: String(i + 1).padStart(2, '0'),
        value: base + step * (Math.floor(random() * 30) - 15) * 0.5,
      }));
      const polarity = round % 2 === 0 ? 'higher-is-better' : 'lower-is-better';
      const ranking = rankUnits(inputs, { polarity, decimals });
      const shown = ranking.ranked.map((e) => formatNumber(e.value, 'en', decimals));
      ranking.ranked.forEach((entry, i) => {
        const next = ranking.ranked[i + 1];
        if (!next) return;
        const sameText = shown[i] === shown[i + 1];
        if (sameText !== (entry.rank === next.rank)) {
          problems.push(`${shown[i]} rank ${entry.rank} / ${shown[i + 1]} rank ${next.rank}`);
        }
        // Best first by what is printed.
        const a = Number(shown[i]?.replace('\u2212', '-').replaceAll(',', ''));
        const b = Number(shown[i + 1]?.replace('\u2212', '-').replaceAll(',', ''));
        if (polarity === 'higher-is-better' ? a < b : a > b)
          problems.push(`order ${shown[i]} before ${shown[i + 1]}`);
      });
      const tiedByText = ranking.ranked.map((_, i) => shown.filter((s) => s === shown[i]).length > 1);
      if (ranking.ranked.some((e, i) => e.tied !== tiedByText[i]))
        problems.push(`tied flags at round ${round}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
