import { describe, expect, it } from 'vitest';
import {
  bandOf,
  bandRanges,
  bestByComponent,
  componentOfPortalGroup,
  COMPONENTS_766,
  componentShares,
  countByBand,
  DEFAULT_SCORE_BANDS,
  meanOfUnits,
  parseScoreBands,
} from './score-766.ts';
import { formatPeriod, halfPeriod, parsePeriod, periodEnd, periodKey, previousPeriod } from './period.ts';

describe('the six groups of the portal', () => {
  it('CKMB 18, TDGQ 20, CLGQ 12, TTTT 10, MDSH 22, MDHL 18: 100 in all', () => {
    expect(COMPONENTS_766.map((c) => `${c.portalCode} ${c.max}`)).toEqual([
      'CKMB 18',
      'TDGQ 20',
      'CLGQ 12',
      'TTTT 10',
      'MDSH 22',
      'MDHL 18',
    ]);
    expect(COMPONENTS_766.reduce((s, c) => s + c.max, 0)).toBe(100);
  });

  it('maps a portal group by label and maximum, whatever its code', () => {
    // The old API labels online services "dịch vụ trực tuyến" (code TTTT); the 2026 one calls payment TTTT.
    expect(componentOfPortalGroup('Dịch vụ trực tuyến', 12)?.id).toBe('dvc-766-online-service');
    expect(componentOfPortalGroup('Thanh toán trực tuyến', 10)?.id).toBe('dvc-766-online-payment');
    expect(componentOfPortalGroup('CÔNG KHAI, MINH BẠCH', 18)?.id).toBe('dvc-766-transparency');
    expect(componentOfPortalGroup('Tiến độ giải quyết', 20)?.id).toBe('dvc-766-progress');
    expect(componentOfPortalGroup('Số hóa hồ sơ', 22)?.id).toBe('dvc-766-digitisation');
    expect(componentOfPortalGroup('Mức độ hài lòng', 18)?.id).toBe('dvc-766-satisfaction');
    // The legal text's combined group (22) is two of the portal's: no single match.
    expect(componentOfPortalGroup('Cung cấp dịch vụ trực tuyến', 22)).toBeNull();
    expect(componentOfPortalGroup('Thanh toán trực tuyến', 12)).toBeNull();
  });

  it('shares of the maxima for the radar, the best of each group, the mean of the units', () => {
    expect(componentShares([18, 10, 6, null, 22, 9])).toEqual([100, 50, 50, null, 100, 50]);
    const units = [
      { code: '02', total: 80, scores: [15, 18, 10, 8, 17, 12] },
      { code: '01', total: 85, scores: [16, 18, 9, 9, 20, 13] },
      { code: '03', total: null, scores: [null, null, null, null, null, null] },
    ];
    expect(bestByComponent(units).map((b) => b?.code)).toEqual(['01', '01', '02', '01', '01', '01']);
    expect(bestByComponent(units)[1]).toEqual({ code: '01', score: 18 });
    expect(meanOfUnits(units).total).toBe(82.5);
    expect(meanOfUnits(units).scores[0]).toBe(15.5);
    expect(meanOfUnits([]).total).toBeNull();
  });
});

describe('grading bands (the dashboard’s, configurable)', () => {
  it('default: Xuất sắc ≥ 90, Tốt ≥ 80, Khá ≥ 70, Trung bình ≥ 50, Yếu below', () => {
    expect([95, 90, 89.99, 80, 70, 69.99, 50, 49.99, 0].map((s) => bandOf(s))).toEqual([
      'excellent',
      'excellent',
      'good',
      'good',
      'fair',
      'average',
      'average',
      'weak',
      'weak',
    ]);
    expect(bandRanges()).toEqual([
      { id: 'excellent', min: 90, max: 100 },
      { id: 'good', min: 80, max: 90 },
      { id: 'fair', min: 70, max: 80 },
      { id: 'average', min: 50, max: 70 },
      { id: 'weak', min: 0, max: 50 },
    ]);
    expect(countByBand([91, 85, null, 40])).toEqual({ excellent: 1, good: 1, fair: 0, average: 0, weak: 1 });
  });

  it('parses a config value: absent gives the default, a valid one is taken', () => {
    expect(parseScoreBands(undefined)).toEqual({ ok: true, bands: DEFAULT_SCORE_BANDS });
    const bands = { excellent: 95, good: 85, fair: 75, average: 60 };
    expect(parseScoreBands(bands)).toEqual({ ok: true, bands });
    expect(bandOf(84.9, bands)).toBe('fair');
  });

  it.each([
    [[90, 80], '', 'phải là một đối tượng'],
    [{ excellent: 90, good: 80, fair: 70 }, 'average', 'bị thiếu'],
    [{ excellent: 90, good: '80', fair: 70, average: 50 }, 'good', 'phải là một số'],
    [{ excellent: 120, good: 80, fair: 70, average: 50 }, 'excellent', 'không quá 100'],
    [{ excellent: 90, good: 80, fair: 70, average: 0 }, 'average', 'lớn hơn 0'],
    [{ excellent: 90, good: 90, fair: 70, average: 50 }, 'good', 'phải nhỏ hơn ngưỡng excellent (90)'],
    [{ excellent: 90, good: 80, fair: 85, average: 50 }, 'fair', 'phải nhỏ hơn ngưỡng good (80)'],
    [{ excellent: 90, good: 80, fair: 70, average: 50, poor: 30 }, 'poor', 'không phải là một ngưỡng'],
  ])('rejects %j, naming %s', (value, field, message) => {
    const result = parseScoreBands(value);
    expect(result.ok).toBe(false);
    const problem = result.ok ? undefined : result.problems[0];
    expect(problem?.field).toBe(field);
    expect(problem?.vi).toContain(message);
    expect(problem?.en).not.toBe('');
  });
});

describe('periods of the index (the feed’s periods), half-years included', () => {
  it('reads and writes YYYY-H1 and YYYY-H2 beside months, quarters and years', () => {
    for (const key of ['2026-H1', '2025-H2', '2026-10', '2026-Q3', '2025'])
      expect(periodKey(parsePeriod(key)!)).toBe(key);
    expect(parsePeriod('2026-H3')).toBeNull();
    expect(periodEnd(parsePeriod('2026-H1')!)).toBe('2026-06-30');
    expect(periodEnd(parsePeriod('2026-Q3')!)).toBe('2026-09-30');
  });

  it('the previous period of each frequency', () => {
    const prev = (k: string) => periodKey(previousPeriod(parsePeriod(k)!));
    expect(['2026-H1', '2026-H2', '2026-01', '2026-Q1', '2026'].map(prev)).toEqual([
      '2025-H2',
      '2026-H1',
      '2025-12',
      '2025-Q4',
      '2025',
    ]);
  });

  it('labels a half as reports do', () => {
    expect(formatPeriod(halfPeriod(2026, 1), 'vi')).toBe('6 tháng đầu năm 2026');
    expect(formatPeriod(halfPeriod(2026, 2), 'vi')).toBe('6 tháng cuối năm 2026');
    expect(formatPeriod(halfPeriod(2026, 2), 'en')).toBe('H2 2026');
  });
});
