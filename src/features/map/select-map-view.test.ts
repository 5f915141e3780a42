import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../mocks/data/catalog.ts';
import { binIndex, quantileBins } from '../../charts/map/binning.ts';
import type { EraFigure, EraFigures } from '../../domain/era-figures.ts';
import { monthPeriod } from '../../domain/period.ts';
import { registryUnits } from '../../domain/registry.ts';
import { selectBoardRows } from '../figures/index.tsx';
import { mapCreditKey, selectRegionExtremes, selectMapFocus, selectRangeEdges } from './select-map-view.ts';

const indicator = CATALOG.find((i) => i.id === 'public-investment-disbursement-rate')!;
const units = registryUnits('34');

function figures(value: (code: string, i: number) => number | null): EraFigures {
  const byCode = new Map<string, EraFigure>(
    units.map((u, i) => {
      const v = value(u.code, i);
      return [
        u.code,
        {
          code: u.code,
          state: v === null ? 'missing' : 'value',
          value: v,
          status: v === null ? 'missing' : 'official',
          previousYear: null,
          target: null,
          converted: false,
        },
      ];
    }),
  );
  return { era: '34', conversion: 'none', byCode };
}

// Values falling in code order; Lai Châu (12) missing.
const { rows } = selectBoardRows({
  indicator,
  figures: figures((code, i) => (code === '12' ? null : 90 - i)),
  units,
  period: monthPeriod(2026, 10),
  locale: 'vi',
});

describe('selectMapFocus and selectRegionExtremes: the region filter on the map', () => {
  it('labels the best and worst three of the whole country without a region', () => {
    expect(selectMapFocus(rows, null)).toBeUndefined();
    const { best, worst } = selectRegionExtremes(rows, null);
    expect(best).toEqual(['01', '04', '08']);
    // The lowest value last in code order; Lai Châu, without data, is never labelled worst.
    expect(worst).toEqual(['96', '92', '91']);
  });

  it("puts the region's units in focus and labels the region's best and worst", () => {
    const focus = selectMapFocus(rows, 'DBSH') ?? [];
    const inRegion = rows.filter((r) => r.region === 'DBSH');
    expect(focus).toEqual(inRegion.map((r) => r.code));
    expect(focus).toContain('01');
    expect(focus).not.toContain('79');
    const { best, worst } = selectRegionExtremes(rows, 'DBSH');
    const ranked = inRegion.filter((r) => r.rank !== null).map((r) => r.code);
    expect(best).toEqual(ranked.slice(0, 3));
    expect(worst).toEqual(ranked.slice(-3).reverse());
    for (const code of [...best, ...worst]) expect(focus).toContain(code);
  });

  it('labels no unit twice in a small region', () => {
    const { best, worst } = selectRegionExtremes(rows, 'TN');
    const ranked = rows.filter((r) => r.region === 'TN' && r.rank !== null);
    expect(ranked.length).toBeLessThan(6);
    expect(new Set([...best, ...worst]).size).toBe(best.length + worst.length);
    expect(best.length + worst.length).toBe(ranked.length);
  });
});

describe('mapCreditKey', () => {
  it('credits Resolution 202/2025/QH15 on the 34 only', () => {
    expect(mapCreditKey('34')).toBe('map.credit.34');
    expect(mapCreditKey('63')).toBe('map.credit.63');
  });
});

describe('selectRangeEdges: the classes fixed while the player plays', () => {
  const ok = (data: EraFigures) => ({ status: 'success' as const, data: { figures: data } });
  // A year of cumulative disbursement: every unit rises from about 5% in January to about 60% in October.
  const months = Array.from({ length: 10 }, (_, m) =>
    figures((code, i) => (code === '12' ? null : 5 + m * 6 + (i % 7) * 0.5)),
  );

  it('computes the classes from every value of every period together', () => {
    const range = selectRangeEdges(months.map(ok), 1);
    expect(range.status).toBe('ready');
    if (range.status !== 'ready') return;
    const all = months.flatMap((f) =>
      [...f.byCode.values()].flatMap((x) => (x.value === null ? [] : [x.value])),
    );
    expect(range.edges).toEqual(quantileBins(all, 5, 1));
    // On the fixed scale January is all in the lowest class and October all in the highest: the year shows.
    const classesOf = (f: EraFigures) =>
      new Set(
        [...f.byCode.values()].flatMap((x) => (x.value === null ? [] : [binIndex(range.edges, x.value)])),
      );
    expect(classesOf(months[0]!)).toEqual(new Set([0]));
    expect(classesOf(months[9]!)).toEqual(new Set([range.edges.length - 2]));
    // Each month on its own classes would spread over all five.
    expect(
      quantileBins(
        [...months[0]!.byCode.values()].flatMap((x) => (x.value === null ? [] : [x.value])),
        5,
        1,
      ),
    ).toHaveLength(6);
  });

  it('waits for every period, and gives up on a failed one', () => {
    expect(selectRangeEdges([ok(months[0]!), { status: 'pending' }], 1)).toEqual({ status: 'pending' });
    expect(selectRangeEdges([], 1)).toEqual({ status: 'pending' });
    expect(
      selectRangeEdges([ok(months[0]!), { status: 'error', error: new Error('503'), retry: () => {} }], 1),
    ).toEqual({ status: 'failed' });
  });
});
