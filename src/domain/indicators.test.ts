import { describe, expect, it } from 'vitest';
import {
  accumulationOf,
  conversionIsApproximate,
  coverageLabelKey,
  indicatorTitle,
  nameInProse,
  nationalCoverage,
  sourceAt,
  sourcesBetween,
  type Indicator,
} from './indicators.ts';
import { monthPeriod, quarterPeriod, yearPeriod } from './period.ts';

const growth: Pick<Indicator, 'name' | 'shortName' | 'nationalName' | 'nationalShortName'> = {
  name: { vi: 'Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)', en: 'GRDP growth (constant prices)' },
  shortName: { vi: 'Tăng trưởng GRDP', en: 'GRDP growth' },
  nationalName: { vi: 'Tốc độ tăng tổng sản phẩm trong nước (GDP)', en: 'GDP growth (constant prices)' },
  nationalShortName: { vi: 'Tăng trưởng GDP', en: 'GDP growth' },
};

const GSO = { vi: 'Tổng cục Thống kê (Bộ Kế hoạch và Đầu tư)', en: 'General Statistics Office' };
const NSO = { vi: 'Cục Thống kê (Bộ Tài chính)', en: 'National Statistics Office' };
const statistics = { source: NSO, sources: [{ value: GSO, until: '2025-02-28' }, { value: NSO }] };

describe('names at national and provincial level', () => {
  it('the tile says GDP, the map and the province page GRDP', () => {
    expect(indicatorTitle(growth, 'nation', 'vi')).toBe('Tăng trưởng GDP');
    expect(indicatorTitle(growth, 'unit', 'vi')).toBe('Tăng trưởng GRDP');
    expect(indicatorTitle(growth, 'nation', 'vi', { short: false })).toBe(
      'Tốc độ tăng tổng sản phẩm trong nước (GDP)',
    );
    expect(indicatorTitle(growth, 'nation', 'en')).toBe('GDP growth');
  });

  it('falls back to the provincial name where the nation has none', () => {
    const revenue = { name: { vi: 'Thu ngân sách nhà nước', en: 'State budget revenue' } };
    expect(indicatorTitle(revenue, 'nation', 'vi')).toBe('Thu ngân sách nhà nước');
  });

  it('inside a sentence: the prose name, else a lowered first letter that keeps abbreviations in capitals', () => {
    expect(
      nameInProse(
        {
          name: { vi: 'Quy mô GRDP', en: 'GRDP' },
          proseName: { vi: 'quy mô GRDP (giá hiện hành)', en: 'x' },
        },
        'vi',
      ),
    ).toBe('quy mô GRDP (giá hiện hành)');
    expect(nameInProse({ name: { vi: 'Dân số trung bình', en: 'Average population' } }, 'vi')).toBe(
      'dân số trung bình',
    );
    expect(nameInProse({ name: { vi: 'GRDP theo giá hiện hành', en: 'GRDP' } }, 'vi')).toBe(
      'GRDP theo giá hiện hành',
    );
  });
});

describe('dated sources: a figure credits the body of its time', () => {
  it.each([
    [yearPeriod(2023), GSO],
    [monthPeriod(2025, 2), GSO],
    [monthPeriod(2025, 3), NSO],
    [quarterPeriod(2025, 1), NSO],
    [yearPeriod(2024), GSO],
  ])('%o → %o', (period, body) => {
    expect(sourceAt(statistics, period)).toEqual(body);
  });

  it('without a history, the current source', () => {
    expect(sourceAt({ source: NSO }, yearPeriod(2022))).toEqual(NSO);
  });

  it('a span credits every body it covers, oldest first, each once', () => {
    expect(sourcesBetween(statistics, monthPeriod(2022, 1), monthPeriod(2026, 10))).toEqual([GSO, NSO]);
    expect(sourcesBetween(statistics, monthPeriod(2025, 3), monthPeriod(2026, 10))).toEqual([NSO]);
    expect(sourcesBetween({ source: NSO }, monthPeriod(2022, 1), monthPeriod(2026, 10))).toEqual([NSO]);
  });
});

describe('accumulation', () => {
  it('is the catalog’s, or what `cumulative` implies', () => {
    expect(accumulationOf({ cumulative: true })).toEqual({ kind: 'year-to-date' });
    expect(accumulationOf({ cumulative: false })).toEqual({ kind: 'period' });
    expect(accumulationOf({ cumulative: true, accumulation: { kind: 'stock' } })).toEqual({ kind: 'stock' });
  });
});

describe('what the national figure covers', () => {
  it('the whole country unless the figure is an index per agency', () => {
    expect(nationalCoverage({ aggregation: { kind: 'sum' } }, 'province')).toBe('nation');
    expect(
      nationalCoverage(
        { aggregation: { kind: 'ratio', numeratorId: 'a', denominatorId: 'b', scale: 100 } },
        'ministry',
      ),
    ).toBe('nation');
    expect(nationalCoverage({ aggregation: { kind: 'none' } }, 'province')).toBe('localities');
    expect(nationalCoverage({ aggregation: { kind: 'none' } }, 'ministry')).toBe('ministries');
  });

  it('names it with a message key', () => {
    expect(coverageLabelKey('nation')).toBe('coverage.nation');
    expect(coverageLabelKey('localities')).toBe('coverage.localities');
  });
});

describe('conversion to the 34', () => {
  it('is approximate for weighted means, exact for sums and ratios', () => {
    expect(conversionIsApproximate({ kind: 'weighted-mean', weightIndicatorId: 'grdp-nominal' })).toBe(true);
    expect(conversionIsApproximate({ kind: 'sum' })).toBe(false);
    expect(conversionIsApproximate({ kind: 'ratio', numeratorId: 'a', denominatorId: 'b', scale: 1 })).toBe(
      false,
    );
  });
});
