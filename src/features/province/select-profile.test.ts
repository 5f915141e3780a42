import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../mocks/data/dataset.ts';
import { profileOf } from '../../../mocks/data/profile.ts';
import { toObservationSet } from '../../api/observations/to-domain.ts';
import { toUnitProfile } from '../../api/profile/to-domain.ts';
import { figuresForEra, planConversion, type ReportedObservations } from '../../domain/era-figures.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { periodKey, previousPeriod, type Period } from '../../domain/period.ts';
import type { AdminUnit, ProvinceEraId } from '../../domain/units.ts';
import { selectBoardRows } from '../figures/index.tsx';
import { latestPeriodForEra, selectProfileRows, sortProfileRows, unitDate } from './select-profile.ts';

const dataset = createDataset();
const metadata = dataset.metadata();
const catalog = dataset.indicators().indicators as readonly Indicator[];
const provincial = catalog.filter((i) => i.scopes.includes('province'));
const units = (era: ProvinceEraId) => dataset.units(era).units as readonly AdminUnit[];

function profile(era: ProvinceEraId, unit: string) {
  const result = profileOf(dataset, { era, unit });
  if (!result.ok) throw new Error(result.problem.detail);
  return toUnitProfile(result.body);
}

/** The unit's row as a board of the same indicator and period would show it, from /observations. */
function boardRow(indicator: Indicator, period: Period, era: ProvinceEraId, code: string) {
  const figuresAt = (p: Period) => {
    const read = (id: string, at: Period): ReportedObservations | undefined => {
      const r = dataset.observations({ indicator: id, period: periodKey(at), scope: 'province' });
      return r.ok ? toObservationSet(r.body) : undefined;
    };
    const main = read(indicator.id, p);
    if (!main) return undefined;
    const plan = planConversion(indicator, p, era, catalog, Number(metadata.latest.year));
    const numerator = plan.numerator ? read(plan.numerator, p) : undefined;
    const denominator = plan.denominator ? read(plan.denominator, p) : undefined;
    const weight = plan.weight ? read(plan.weight.id, plan.weight.period) : undefined;
    return figuresForEra(era, indicator.aggregation, main, units('34'), {
      ...(numerator ? { numerator } : {}),
      ...(denominator ? { denominator } : {}),
      ...(weight ? { weight } : {}),
    });
  };
  const figures = figuresAt(period)!;
  const previous = figuresAt(previousPeriod(period));
  const board = selectBoardRows({
    indicator,
    figures,
    ...(previous ? { previous } : {}),
    units: units(era),
    period,
    locale: 'vi',
  });
  return { row: board.rows.find((r) => r.code === code), total: board.ranking.total };
}

describe('the profile table', () => {
  it.each([
    ['34', '79'],
    ['34', '24'],
    ['63', '27'],
  ] as const)(
    'shows for %s:%s every indicator exactly as a board ranks it (value, change, rank, rank change, status)',
    (era, code) => {
      const unit = units(era).find((u) => u.code === code)!;
      const rows = selectProfileRows({
        indicators: provincial,
        profile: profile(era, code),
        unit,
        latest: metadata.latest,
        locale: 'vi',
      });
      expect(rows).toHaveLength(provincial.length);
      for (const r of rows) {
        const expected = boardRow(r.indicator, r.period, era, code);
        expect(r.row, r.indicator.id).toEqual(expected.row);
        expect(r.total, r.indicator.id).toBe(expected.total);
      }
      expect(rows.filter((r) => r.row?.rank != null).length).toBeGreaterThan(20);
    },
  );

  it('lists a unit of the 63 with the last periods before July 2025, and its sparkline', () => {
    const unit = units('63').find((u) => u.code === '27')!;
    const rows = selectProfileRows({
      indicators: provincial,
      profile: profile('63', '27'),
      unit,
      latest: metadata.latest,
      locale: 'vi',
    });
    const keys = new Set(rows.map((r) => periodKey(r.period)));
    expect([...keys].sort()).toEqual(['2024', '2025-06', '2025-Q2']);
    const cpi = rows.find((r) => r.indicator.id === 'cpi-yoy')!;
    expect(cpi.spark).toHaveLength(13);
    // The unit's own monthly figures, June 2024 to June 2025 (a rare one not reported is a gap).
    expect(cpi.spark.filter((v) => v !== null).length).toBeGreaterThan(10);
  });

  it('has a row without a figure for each indicator while the profile loads', () => {
    const unit = units('34').find((u) => u.code === '79')!;
    const rows = selectProfileRows({
      indicators: provincial,
      profile: null,
      unit,
      latest: metadata.latest,
      locale: 'vi',
    });
    expect(rows).toHaveLength(provincial.length);
    expect(rows.every((r) => r.row === null && r.spark.length === 0)).toBe(true);
    expect(periodKey(rows.find((r) => r.indicator.id === 'cpi-yoy')!.period)).toBe(metadata.latest.month);
  });

  it('sorts by rank, best first, with the unranked last whatever the direction', () => {
    const unit = units('34').find((u) => u.code === '79')!;
    const rows = selectProfileRows({
      indicators: provincial,
      profile: profile('34', '79'),
      unit,
      latest: metadata.latest,
      locale: 'vi',
    });
    const order = new Map(catalog.map((i, n) => [i.id, n]));
    for (const descending of [false, true]) {
      const ranks = sortProfileRows(rows, 'rank', descending, 'vi', order).map((r) => r.row?.rank ?? null);
      const ranked = ranks.filter((r) => r !== null);
      expect(ranked).toEqual([...ranked].sort((a, b) => (descending ? b - a : a - b)));
      expect(ranks.slice(ranked.length).every((r) => r === null)).toBe(true);
    }
  });
});

describe('latestPeriodForEra and unitDate', () => {
  it('reads the latest period of the 63 before July 2025', () => {
    expect(periodKey(latestPeriodForEra('month', '34', metadata.latest)!)).toBe('2026-10');
    expect(periodKey(latestPeriodForEra('quarter', '63', metadata.latest)!)).toBe('2025-Q2');
  });

  it("reads a page at the unit's last day, else at the feed's as-of date", () => {
    expect(unitDate({ validTo: '2025-06-30' }, '2026-11-20')).toBe('2025-06-30');
    expect(unitDate({}, '2026-11-20')).toBe('2026-11-20');
  });
});
