/** Layout and projection: the map fitted to the whole country, type scaled with the panel, the highlight outline. */
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../theme/tokens.ts';
import { buildChoroplethOption, CHOROPLETH_SERIES } from '../build-choropleth-option.ts';
import { VIETNAM_BOUNDING_COORDS } from '../geometry/archipelagos.ts';
import { MAP_ASPECT } from './layout.ts';
import { input, view } from './fixtures.ts';

describe('buildChoroplethOption: geo and layout', () => {
  it('binds the map series to a fixed geo that fits the whole country with both archipelagos', () => {
    const v = view(buildChoroplethOption(input()));
    const geo = v.geo[0];
    expect(geo?.map).toBe('vn-34');
    expect(geo?.roam).toBe(false);
    expect(geo?.nameProperty).toBe('code');
    expect(geo?.boundingCoords).toEqual(VIETNAM_BOUNDING_COORDS);
    expect(v.byId(CHOROPLETH_SERIES.units)).toMatchObject({ type: 'map', geoIndex: 0 });
    // Tall: as high as the panel allows, with the country's proportions.
    expect((geo?.width ?? 0) / (geo?.height ?? 1)).toBeCloseTo(MAP_ASPECT, 6);
    const wide = view(buildChoroplethOption(input({ size: { width: 1600, height: 900 } }))).geo[0];
    expect(wide?.height).toBeGreaterThan(800);
  });

  it('sizes labels with the panel: at least 1/60 of the height and 12 px', () => {
    const small = view(buildChoroplethOption(input({ size: { width: 400, height: 500 } })));
    expect(small.byId(CHOROPLETH_SERIES.archipelagoLabels).label?.fontSize).toBe(12);
    const wall = view(buildChoroplethOption(input({ size: { width: 1800, height: 2100 } })));
    for (const id of [CHOROPLETH_SERIES.archipelagoLabels, CHOROPLETH_SERIES.best, CHOROPLETH_SERIES.worst]) {
      expect(wall.byId(id).label?.fontSize).toBeGreaterThanOrEqual(2100 / 60);
    }
  });

  it('outlines the highlighted unit on top of the map, and nothing for an unknown code', () => {
    const v = view(buildChoroplethOption(input({ highlighted: '48' })));
    expect(v.geo.map((g) => g.id)).toEqual(['provinces', 'highlight-halo', 'highlight']);
    expect(v.geo[2]?.regions).toEqual([
      { name: '48', itemStyle: expect.objectContaining({ borderColor: THEMES.light.color.text }) as unknown },
    ]);
    expect(view(buildChoroplethOption(input({ highlighted: '99' }))).geo).toHaveLength(1);
  });
});
