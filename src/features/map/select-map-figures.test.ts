import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../mocks/data/catalog.ts';
import type { EraFigure, EraFigures } from '../../domain/era-figures.ts';
import { monthPeriod } from '../../domain/period.ts';
import { registryUnits } from '../../domain/registry.ts';
import { translate, type Translate } from '../../i18n/i18n.tsx';
import { selectBoardRows } from '../figures/index.tsx';
import { rankUnits } from '../../domain/rank.ts';
import {
  mapKeyAction,
  selectConversionNote,
  selectMapExtremes,
  selectMapFigures,
  selectMapScale,
} from './select-map-figures.ts';

const t: Translate = (key, params) => translate('vi', key, params);
const byId = (id: string) => CATALOG.find((i) => i.id === id)!;
const disbursement = byId('public-investment-disbursement-rate');
const units = registryUnits('34').slice(0, 4); // 01 Hà Nội, 04 Cao Bằng, 08 Tuyên Quang, 11 Điện Biên

function figure(code: string, value: number | null, extra: Partial<EraFigure> = {}): EraFigure {
  return {
    code,
    state: value === null ? 'missing' : 'value',
    value,
    status: value === null ? 'missing' : 'preliminary',
    previousYear: 50,
    target: null,
    converted: false,
    ...extra,
  };
}

const figures: EraFigures = {
  era: '34',
  conversion: 'none',
  byCode: new Map([
    ['01', figure('01', 67.34)],
    ['04', figure('04', 50)],
    ['08', figure('08', null, { missingReason: 'late' })],
    ['11', figure('11', null, { state: 'not-comparable' })],
  ]),
};
const board = selectBoardRows({
  indicator: disbursement,
  figures,
  units,
  period: monthPeriod(2026, 10),
  locale: 'vi',
});

describe('selectMapFigures', () => {
  const shown = selectMapFigures(board.rows, board.ranking.total, t, 'vi');
  const of = (code: string) => shown.find((f) => f.code === code)!;

  it('gives each unit its value, rank, change and status in words, as the ranking shows them', () => {
    expect(of('01')).toMatchObject({
      name: 'Hà Nội',
      value: 67.34,
      valueText: '67,3% kế hoạch',
      rankText: 'Hạng 1/2',
      changeText: '▲ tăng +17,3 điểm % so với cùng kỳ',
      statusText: 'Sơ bộ',
    });
    expect(of('04')).toMatchObject({ rankText: 'Hạng 2/2', changeText: '■ không đổi so với cùng kỳ' });
  });

  it('says why a unit has no figure, and draws it as no value, never zero', () => {
    expect(of('08')).toMatchObject({ value: null, state: 'missing', valueText: 'Chậm gửi báo cáo' });
    expect(of('11')).toMatchObject({ value: null, state: 'not-comparable', valueText: 'Không so sánh được' });
    expect(of('08').rankText).toBeUndefined();
    expect(of('08').statusText).toBeUndefined();
  });
});

describe('selectConversionNote', () => {
  it('says nothing for figures shown as reported', () => {
    expect(selectConversionNote('none', disbursement, CATALOG, t, 'vi')).toBeNull();
  });

  it("names the indicator's rule when the 63's figures are put on the 34", () => {
    expect(selectConversionNote('aggregated', byId('budget-revenue'), CATALOG, t, 'vi')).toBe(
      'Kỳ này do 63 tỉnh, thành phố cũ báo cáo; số liệu 34 đơn vị được quy đổi (cộng số liệu các tỉnh cũ).',
    );
    expect(selectConversionNote('aggregated', disbursement, CATALOG, t, 'vi')).toContain(
      '(tính lại từ tử số và mẫu số)',
    );
    expect(selectConversionNote('aggregated', byId('cpi-yoy'), CATALOG, t, 'vi')).toMatch(
      /\(bình quân gia quyền, quyền số là .+\)/,
    );
    expect(selectConversionNote('aggregated', byId('dvc-766-total'), CATALOG, t, 'vi')).toBe(
      translate('vi', 'map.notComparable'),
    );
    expect(selectConversionNote('disaggregated', disbursement, CATALOG, t, 'vi')).toBe(
      translate('vi', 'map.disaggregated'),
    );
  });
});

describe('selectConversionNote: approximate weights', () => {
  it('says a weighted mean is an approximate conversion and names the weight in prose', () => {
    expect(selectConversionNote('aggregated', byId('grdp-growth'), CATALOG, t, 'vi')).toBe(
      'Kỳ này do 63 tỉnh, thành phố cũ báo cáo; số liệu 34 đơn vị được quy đổi gần đúng (bình quân gia quyền, quyền số là quy mô GRDP (giá hiện hành)).',
    );
    expect(selectConversionNote('aggregated', byId('budget-revenue'), CATALOG, t, 'vi')).not.toContain(
      'gần đúng',
    );
  });
});

describe('selectMapScale', () => {
  const cpi = byId('cpi-yoy');

  it('colours CPI around the national value of the period', () => {
    // Not the National Assembly's 4.5% ceiling: that is the nation's, not each province's.
    expect(selectMapScale(cpi, { value: 3.48, target: 4.5 })).toEqual({ kind: 'diverging', centre: 3.48 });
  });

  it('centres on the target when the catalog says so, and falls back to sequential without a centre', () => {
    const ceiling = { mapScale: { kind: 'diverging', centre: 'target' } } as const;
    expect(selectMapScale(ceiling, { value: 3.48, target: 4.5 })).toEqual({ kind: 'diverging', centre: 4.5 });
    expect(selectMapScale(ceiling, { value: 3.48, target: null })).toBeUndefined();
    expect(selectMapScale(cpi, null)).toBeUndefined();
  });

  it('keeps the sequential scale for an indicator with a polarity', () => {
    expect(selectMapScale(disbursement, { value: 67.3, target: 100 })).toBeUndefined();
  });
});

describe('mapKeyAction', () => {
  const codes = ['08', '01', '04'];

  it('walks the units in code order with the arrows, wrapping round', () => {
    expect(mapKeyAction(codes, null, 'ArrowRight')).toEqual({ kind: 'hover', code: '01' });
    expect(mapKeyAction(codes, '01', 'ArrowDown')).toEqual({ kind: 'hover', code: '04' });
    expect(mapKeyAction(codes, '08', 'ArrowRight')).toEqual({ kind: 'hover', code: '01' });
    expect(mapKeyAction(codes, '01', 'ArrowLeft')).toEqual({ kind: 'hover', code: '08' });
    expect(mapKeyAction(codes, '04', 'ArrowUp')).toEqual({ kind: 'hover', code: '01' });
  });

  it('opens the highlighted unit with Enter and lets go with Escape', () => {
    expect(mapKeyAction(codes, '04', 'Enter')).toEqual({ kind: 'open', code: '04' });
    expect(mapKeyAction(codes, null, 'Enter')).toBeNull();
    expect(mapKeyAction(codes, '04', 'Escape')).toEqual({ kind: 'hover', code: null });
    expect(mapKeyAction(codes, '04', 'a')).toBeNull();
    expect(mapKeyAction([], null, 'ArrowRight')).toBeNull();
  });
});

describe('selectMapExtremes', () => {
  const onTime = byId('reports-on-time-rate');
  const units34 = registryUnits('34');

  it('labels the best and worst three when they stand apart', () => {
    const ranking = rankUnits(
      units34.map((u, i) => ({ code: u.code, value: 100 - i })),
      { polarity: 'higher-is-better', decimals: 1 },
    );
    const extremes = selectMapExtremes(ranking, onTime, t, 'vi');
    expect(extremes.best).toEqual(['01', '04', '08']);
    expect(extremes.worst).toEqual(['96', '92', '91']);
    expect(extremes.bestTie).toBeUndefined();
  });

  it('says "20 đơn vị cùng đạt 100%" rather than labelling three of twenty tied units', () => {
    const ranking = rankUnits(
      units34.map((u, i) => ({ code: u.code, value: i < 20 ? 100 : 60 + i })),
      { polarity: 'higher-is-better', decimals: onTime.decimals },
    );
    const extremes = selectMapExtremes(ranking, onTime, t, 'vi');
    expect(extremes.best).toEqual([]);
    expect(extremes.bestTie).toBe('20 đơn vị cùng đạt 100,0%');
    expect(extremes.worst).toHaveLength(3);
  });
});
