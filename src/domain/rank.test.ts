import { describe, expect, it } from 'vitest';
import { rankChanges, rankUnits, topAndBottom } from './rank.ts';

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
