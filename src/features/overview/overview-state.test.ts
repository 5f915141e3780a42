import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OVERVIEW_STATE,
  parseOverviewState,
  serializeOverviewState,
  type OverviewState,
} from './overview-state.ts';

const parse = (query: string) => parseOverviewState(new URLSearchParams(query));

describe('overview URL state', () => {
  it('opens the default view for an empty query and writes nothing for it', () => {
    expect(parse('')).toEqual(DEFAULT_OVERVIEW_STATE);
    expect(serializeOverviewState(DEFAULT_OVERVIEW_STATE).toString()).toBe('');
  });

  it('round-trips a full view through the URL', () => {
    const state: OverviewState = {
      group: 'socio-economic',
      indicator: 'budget-revenue',
      period: '2024-10',
      era: '63',
      region: 'DBSH',
      compare: ['24', '79'],
      trendMode: 'cumulative',
      mapView: 'table',
      rankingView: 'chart',
      trendView: 'table',
      slice: 'bottom',
    };
    const query = serializeOverviewState(state).toString();
    expect(query).toBe(
      'group=socio-economic&indicator=budget-revenue&period=2024-10&era=63&region=DBSH&compare=24%2C79' +
        '&trend=cumulative&mapView=table&rankingView=chart&trendView=table&slice=bottom',
    );
    expect(parse(query)).toEqual(state);
  });

  it('keeps parameters it does not own, such as the language', () => {
    const query = serializeOverviewState(
      { ...DEFAULT_OVERVIEW_STATE, era: '63' },
      new URLSearchParams('lang=en'),
    );
    expect(query.toString()).toBe('lang=en&era=63');
  });

  it('replaces values it owns instead of duplicating them', () => {
    const base = new URLSearchParams('era=63&period=2024-01');
    const query = serializeOverviewState({ ...DEFAULT_OVERVIEW_STATE, period: '2025-02' }, base);
    expect(query.toString()).toBe('period=2025-02');
  });

  it('falls back to defaults for anything it does not recognise', () => {
    expect(
      parse('era=99&region=X&period=2026-13&indicator=<script>&mapView=3d&slice=middle&trend=weekly&group=x'),
    ).toEqual(DEFAULT_OVERVIEW_STATE);
  });

  it('keeps at most four distinct, well-formed units to compare', () => {
    expect(parse('compare=01,01,79,abc,24,31,48,92').compare).toEqual(['01', '79', '24', '31']);
  });
});
