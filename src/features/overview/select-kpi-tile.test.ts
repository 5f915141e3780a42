import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../mocks/data/catalog.ts';
import type { ObservationSet } from '../../api/observations/to-domain.ts';
import type { Indicator, NationalCoverage } from '../../domain/indicators.ts';
import { parsePeriod } from '../../domain/period.ts';
import { selectKpiTile } from './select-kpi-tile.ts';

const indicator = (id: string): Indicator => {
  const found = CATALOG.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};

function set(
  period: string,
  value: number,
  {
    previousYear = null,
    target = null,
    coverage = 'nation',
  }: {
    previousYear?: number | null;
    target?: number | null;
    coverage?: NationalCoverage;
  } = {},
): ObservationSet {
  const p = parsePeriod(period);
  if (!p) throw new Error(period);
  return {
    indicatorId: 'x',
    period: p,
    scope: 'province',
    era: '34',
    updatedAt: '2026-11-20T14:30:00+07:00',
    national: { value, status: 'preliminary', previousYear, target },
    coverage,
    byCode: new Map(),
  };
}

describe('selectKpiTile', () => {
  it('names the national growth GDP: "Tăng trưởng GDP"', () => {
    const tile = selectKpiTile(indicator('grdp-growth'), set('2026-Q3', 8.42), undefined, 'vi');
    expect(tile.title).toBe('Tăng trưởng GDP');
    expect(tile.period).toBe('9 tháng năm 2026');
  });

  it('says who a figure covers when it is not the whole country (the 766 index: the localities)', () => {
    const tile = selectKpiTile(
      indicator('dvc-766-total'),
      set('2026-10', 86.1, { coverage: 'localities' }),
      undefined,
      'vi',
    );
    expect(tile.coverage).toBe('localities');
    expect(
      selectKpiTile(indicator('budget-revenue'), set('2026-10', 2_200_000), undefined, 'vi').coverage,
    ).toBe('nation');
  });

  it('labels a total since the plan began by its start, not as year-to-date', () => {
    const tile = selectKpiTile(
      indicator('internal-procedures-simplified-rate'),
      set('2026-Q3', 27.2),
      undefined,
      'vi',
    );
    expect(tile.period).toBe('Quý III/2026 (lũy kế từ 2022)');
  });

  it('reads CPI neutrally against the ceiling: no good or bad tone, the ceiling as the target', () => {
    const tile = selectKpiTile(
      indicator('cpi-yoy'),
      set('2026-10', 3.7, { previousYear: 3.25, target: 4.5 }),
      undefined,
      'vi',
    );
    expect(tile.change?.tone).toBe('neutral');
    expect(tile.change?.text).toBe('0,45 điểm %');
    expect(tile.target).toEqual({ kind: 'ceiling', mode: 'level', text: '4,50%' });
  });
});
