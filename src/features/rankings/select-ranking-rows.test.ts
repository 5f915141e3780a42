import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../mocks/data/catalog.ts';
import type { EraFigure } from '../../domain/era-figures.ts';
import { monthPeriod } from '../../domain/period.ts';
import { registryUnits } from '../../domain/registry.ts';
import { unitSearchIndex } from '../../domain/unit-search.ts';
import { selectBoardRows } from '../figures/index.tsx';
import { translate, type Translate } from '../../i18n/i18n.tsx';
import {
  rankingTitle,
  selectLeftOut,
  selectRankingBars,
  selectNationalFigure,
  selectVisibleRows,
  SLICE_SIZE,
} from './select-ranking-rows.ts';

const indicator = CATALOG.find((i) => i.id === 'public-investment-disbursement-rate')!;
const units = registryUnits('34');

// Every unit of the 34 with a value falling in code order, Lai Châu (12) late.
const byCode = new Map<string, EraFigure>(
  units.map((u, i) => [
    u.code,
    u.code === '12'
      ? {
          code: u.code,
          state: 'missing',
          value: null,
          status: 'missing',
          missingReason: 'late',
          previousYear: null,
          target: null,
          converted: false,
        }
      : {
          code: u.code,
          state: 'value',
          value: 90 - i,
          status: 'official',
          previousYear: null,
          target: null,
          converted: false,
        },
  ]),
);
const { rows } = selectBoardRows({
  indicator,
  figures: { era: '34', conversion: 'none', byCode },
  units,
  period: monthPeriod(2026, 10),
  locale: 'vi',
});

describe('selectVisibleRows', () => {
  it('lists every unit, ranked first, the late one last', () => {
    const all = selectVisibleRows(rows, { region: null, query: '', slice: 'all' });
    expect(all).toHaveLength(34);
    expect(all[0]?.name).toBe('Hà Nội');
    expect(all.at(-1)?.code).toBe('12');
  });

  it("keeps a region's units with their national ranks", () => {
    const dbsh = selectVisibleRows(rows, { region: 'DBSH', query: '', slice: 'all' });
    expect(dbsh.length).toBeGreaterThan(3);
    expect(dbsh.every((r) => r.region === 'DBSH')).toBe(true);
    expect(dbsh[0]?.rank).toBe(1);
    expect(dbsh.map((r) => r.rank)).toEqual([...dbsh.map((r) => r.rank)].sort((a, b) => a! - b!));
  });

  it('finds a unit by its name without diacritics, or by its code', () => {
    expect(
      selectVisibleRows(rows, { region: null, query: 'dak lak', slice: 'all' }).map((r) => r.name),
    ).toEqual(['Đắk Lắk']);
    expect(selectVisibleRows(rows, { region: null, query: ' 79 ', slice: 'all' }).map((r) => r.name)).toEqual(
      ['TP. Hồ Chí Minh'],
    );
  });

  it('finds a unit by an abbreviation or a former name through the search terms', () => {
    const search = unitSearchIndex(units, registryUnits('63'));
    const find = (query: string) =>
      selectVisibleRows(rows, { region: null, query, slice: 'all', search }).map((r) => r.name);
    expect(find('hcm')).toEqual(['TP. Hồ Chí Minh']);
    expect(find('TP.HCM')).toEqual(['TP. Hồ Chí Minh']);
    expect(find('sai gon')).toEqual(['TP. Hồ Chí Minh']);
    expect(find('thua thien')).toEqual(['Huế']);
    expect(find('binh duong')).toEqual(['TP. Hồ Chí Minh']);
    expect(find('hn')).toEqual(['Hà Nội']);
    // Without the terms (still loading) a name is found by itself only.
    expect(selectVisibleRows(rows, { region: null, query: 'hcm', slice: 'all' })).toEqual([]);
  });

  it('shows the best or the worst ten ranked units, never the unranked', () => {
    const top = selectVisibleRows(rows, { region: null, query: '', slice: 'top' });
    const bottom = selectVisibleRows(rows, { region: null, query: '', slice: 'bottom' });
    expect(top.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(bottom).toHaveLength(SLICE_SIZE);
    expect(bottom.at(-1)?.rank).toBe(33);
    expect(bottom.some((r) => r.code === '12')).toBe(false);
  });
});

describe('selectRankingBars', () => {
  it('draws a bar for each ranked unit with its value as written, none for a missing one', () => {
    const bars = selectRankingBars(selectVisibleRows(rows, { region: null, query: '', slice: 'all' }));
    expect(bars).toHaveLength(33);
    expect(bars[0]).toEqual({ code: '01', name: 'Hà Nội', value: 90, rank: 1, valueText: '90,0% kế hoạch' });
    expect(bars.some((b) => b.code === '12')).toBe(false);
  });
});

describe('rankingTitle', () => {
  const t: Translate = (key, params) => translate('vi', key, params);
  it('counts what the ranking lists, and of how many when a filter lists fewer', () => {
    const all = rows.length;
    expect(rankingTitle(t, all, all)).toBe('Xếp hạng (34)');
    const region = selectVisibleRows(rows, { region: 'DBSH', query: '', slice: 'all' });
    expect(rankingTitle(t, region.length, all)).toBe(`Xếp hạng (${region.length} của 34)`);
    expect(region.length).toBeLessThan(all);
    const top = selectVisibleRows(rows, { region: null, query: '', slice: 'top' });
    expect(rankingTitle(t, top.length, all)).toBe('Xếp hạng (10 của 34)');
  });
});

describe('selectLeftOut and selectNationalFigure', () => {
  const t: Translate = (key, params) => translate('vi', key, params);

  it('names the listed units without a bar, by the reason the table gives', () => {
    const all = selectVisibleRows(rows, { region: null, query: '', slice: 'all' });
    expect(selectLeftOut(all, t)).toEqual([{ label: 'Chậm gửi báo cáo', names: ['Lai Châu'] }]);
    const plain = all.map((r) => (r.code === '12' ? { ...r, missingReason: undefined } : r));
    expect(selectLeftOut(plain, t)).toEqual([{ label: 'Chưa có số liệu', names: ['Lai Châu'] }]);
    // Only what is listed: the best ten leave nobody out.
    expect(selectLeftOut(selectVisibleRows(rows, { region: null, query: '', slice: 'top' }), t)).toEqual([]);
  });

  it('labels the national line with the national value as the board writes it', () => {
    expect(selectNationalFigure(67.34, 'nation', indicator, t, 'vi')).toEqual({
      line: { value: 67.34, label: 'Cả nước', valueText: '67,3% kế hoạch' },
      text: 'Cả nước: 67,3% kế hoạch',
    });
    expect(selectNationalFigure(null, 'nation', indicator, t, 'vi')).toEqual({ text: null });
  });

  it('names a figure that covers only the reporting scope by what it covers, never "Cả nước"', () => {
    const score = CATALOG.find((i) => i.aggregation.kind === 'none' && i.scopes.includes('province'))!;
    expect(selectNationalFigure(84.5, 'localities', score, t, 'vi').line?.label).toBe('Các địa phương');
    expect(selectNationalFigure(84.5, 'localities', score, t, 'vi').text).toMatch(/^Các địa phương: 84,5/);
    expect(selectNationalFigure(84.5, 'ministries', score, t, 'vi').line?.label).toBe('Các bộ, ngành');
  });

  it('draws no line for a total that no unit can reach, and says the total instead', () => {
    const revenue = CATALOG.find((i) => i.id === 'budget-revenue')!;
    expect(selectNationalFigure(2_220_000, 'nation', revenue, t, 'vi')).toEqual({
      text: 'Cả nước: 2,22 triệu tỷ đồng',
    });
  });
});
