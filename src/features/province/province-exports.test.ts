import { describe, expect, it } from 'vitest';
import { csvNumber, readCsvFile } from '../../../test/e2e-support/csv.ts';
import type { Indicator } from '../../domain/indicators.ts';
import type { Observation } from '../../domain/observation.ts';
import { registryUnits } from '../../domain/registry.ts';
import { monthPeriod, yearPeriod } from '../../domain/period.ts';
import { translate, type Translate } from '../../i18n/i18n.tsx';
import type { BoardRow } from '../figures/index.tsx';
import { breakdownCsvContent, profileCsvContent } from './province-exports.ts';
import type { ProfileRow } from './select-profile.ts';

const t: Translate = (key, params) => translate('vi', key, params);
const context = (dialect: 'comma' | 'semicolon', raw = false) => ({
  variant: { dialect, raw },
  t,
  locale: 'vi' as const,
});

function indicator(id: string, decimals: number, label: string): Indicator {
  return {
    id,
    name: { vi: id, en: id },
    group: 'socio-economic',
    unit: { kind: 'percent', multiplier: 1, label: { vi: label, en: label } },
    frequencies: ['month'],
    polarity: 'higher-is-better',
    aggregation: { kind: 'sum' },
    decimals,
    source: { vi: `Nguồn ${id}`, en: `Source ${id}` },
    cumulative: false,
    scopes: ['province'],
    headline: false,
  };
}

function figure(value: number | null, rank: number | null): BoardRow {
  return {
    code: '79',
    name: 'TP. Hồ Chí Minh',
    state: value === null ? 'missing' : 'value',
    value,
    status: value === null ? 'missing' : 'preliminary',
    valueText: null,
    cellText: null,
    change: null,
    changeText: null,
    previousYear: value === null ? null : value / 2,
    target: null,
    shareOfTarget: null,
    rank,
    tied: false,
    rankChange: rank === null ? null : -2,
    converted: true,
  };
}

const rows: ProfileRow[] = [
  {
    indicator: indicator('a', 1, '% kế hoạch'),
    period: monthPeriod(2026, 10),
    row: figure(67.349, 3),
    total: 34,
    spark: [],
  },
  {
    indicator: indicator('b', 2, '%'),
    period: yearPeriod(2025),
    row: figure(8.024999, 1),
    total: 34,
    spark: [],
  },
  {
    indicator: indicator('c', 0, 'doanh nghiệp'),
    period: monthPeriod(2026, 10),
    row: null,
    total: 0,
    spark: [],
  },
];

describe('profileCsvContent', () => {
  const args = { rows, unitName: 'TP. Hồ Chí Minh', era: '34' as const, updatedAt: '2026-11-27T07:30:00Z' };

  it('names the unit and says each row has its own period, then one row per indicator', () => {
    const file = readCsvFile(profileCsvContent(args, context('comma')));
    expect(file.meta.get('Địa phương')).toBe('TP. Hồ Chí Minh');
    expect(file.meta.get('Kỳ')).toBe('Kỳ mới nhất của từng chỉ tiêu (cột Kỳ)');
    expect(file.meta.get('Cập nhật lúc')).toBe('14:30, 27/11/2026');
    expect(file.meta.get('Số liệu')).toBe(
      'Làm tròn theo số chữ số thập phân của từng chỉ tiêu, như trên màn hình',
    );
    expect(file.headers.at(-1)).toBe('Nguồn');
    expect(file.rows.map((r) => [r[0], r[1], r[2], r[8]])).toEqual([
      ['a', '2026-10', '% kế hoạch', 'Nguồn a'],
      ['b', '2025', '%', 'Nguồn b'],
      ['c', '2026-10', 'doanh nghiệp', 'Nguồn c'],
    ]);
  });

  it('rounds each figure to its own indicator’s decimals, in either separator', () => {
    for (const [dialect, sep] of [
      ['comma', ','],
      ['semicolon', ';'],
    ] as const) {
      const file = readCsvFile(profileCsvContent(args, context(dialect)), sep);
      expect(file.rows.map((r) => [csvNumber(r[3], sep), csvNumber(r[4], sep), r[5], r[6], r[7]])).toEqual([
        [67.3, 33.7, '3', '-2', 'Sơ bộ'],
        [8.02, 4.01, '1', '-2', 'Sơ bộ'],
        [null, null, '', '', 'Chưa có số liệu'],
      ]);
    }
    const raw = readCsvFile(profileCsvContent(args, context('comma', true)));
    expect(csvNumber(raw.rows[1]?.[3])).toBe(8.024999);
  });
});

describe('breakdownCsvContent', () => {
  const units34 = registryUnits('34');
  const units63 = registryUnits('63');
  const hcm = units34.find((u) => u.code === '79')!;
  const formers = (hcm.formerCodes ?? []).map((c) => units63.find((u) => u.code === c)!);
  const byCode = new Map<string, Observation>([
    ['74', { value: 1234.56, status: 'official', previousYear: null, target: null }],
    ['77', { value: null, status: 'missing', previousYear: null, target: null, missingReason: 'late' }],
    ['79', { value: 5000.04, status: 'preliminary', previousYear: null, target: null }],
  ]);

  it('lists the former units, then the merged unit’s own figure, rounded', () => {
    const content = breakdownCsvContent(
      {
        indicator: indicator('thu', 1, 'tỷ đồng'),
        unit: hcm,
        formers,
        period: monthPeriod(2025, 5),
        byCode,
        total: undefined,
      },
      context('semicolon'),
    );
    const file = readCsvFile(content, ';');
    expect(file.meta.get('Kỳ')).toBe('Tháng 5/2025');
    expect(file.meta.get('Địa phương')).toBe('TP. Hồ Chí Minh');
    expect(file.headers).toEqual(['Mã', 'Tỉnh, thành phố cũ', 'Giá trị (tỷ đồng)', 'Trạng thái']);
    expect(file.rows.map((r) => [r[0], r[1], csvNumber(r[2], ';'), r[3]])).toEqual([
      ['74', 'Bình Dương', 1234.6, 'Chính thức'],
      ['77', 'Bà Rịa - Vũng Tàu', null, 'Chậm gửi báo cáo'],
      ['79', 'TP. Hồ Chí Minh', 5000, 'Sơ bộ'],
      ['79', 'TP. Hồ Chí Minh (quy đổi)', null, 'Chưa có số liệu'],
    ]);
  });

  it('says why a merged unit has no figure, and keeps the conversion raw when asked', () => {
    const args = {
      indicator: indicator('thu', 1, 'tỷ đồng'),
      unit: hcm,
      formers,
      period: monthPeriod(2025, 5),
      byCode,
    };
    const notComparable = readCsvFile(
      breakdownCsvContent(
        {
          ...args,
          total: {
            code: '79',
            state: 'not-comparable',
            value: null,
            status: 'missing',
            previousYear: null,
            target: null,
            converted: true,
          },
        },
        context('comma'),
      ),
    );
    expect(notComparable.rows.at(-1)?.slice(2)).toEqual(['', 'Không so sánh được']);
    const raw = readCsvFile(
      breakdownCsvContent(
        {
          ...args,
          total: {
            code: '79',
            state: 'value',
            value: 6234.600000000001,
            status: 'preliminary',
            previousYear: null,
            target: null,
            converted: true,
          },
        },
        context('comma', true),
      ),
    );
    expect(raw.rows.at(-1)?.slice(2)).toEqual(['6234.600000000001', 'Sơ bộ']);
  });
});
