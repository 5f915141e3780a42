import { describe, expect, it } from 'vitest';
import { toFeatureCollection } from './decode.ts';
import type { VnTopology } from './decode.ts';
import { en } from '../../../i18n/en.ts';
import { vi } from '../../../i18n/vi.ts';
import {
  ARCHIPELAGOS,
  GEOMETRY_CREDIT,
  islandDiamond,
  VIETNAM_BOUNDING_COORDS,
  VIETNAM_BOUNDS,
} from './archipelagos.ts';

/**
 * Two unit squares side by side sharing the arc x = 1 (arc 0), as the 63; their union as the 34.
 * Arcs: 0 shared edge (1,0)→(1,1); 1 left square's outer path (1,1)→(0,1)→(0,0)→(1,0);
 * 2 right square's outer path (1,0)→(2,0)→(2,1)→(1,1).
 */
const TOPOLOGY: VnTopology = {
  type: 'Topology',
  arcs: [
    [
      [1, 0],
      [1, 1],
    ],
    [
      [1, 1],
      [0, 1],
      [0, 0],
      [1, 0],
    ],
    [
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
    ],
  ],
  objects: {
    units63: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: '48', arcs: [[0, 1]] },
        { type: 'Polygon', id: '49', arcs: [[2, ~0]] },
      ],
    },
    units34: {
      type: 'GeometryCollection',
      geometries: [{ type: 'MultiPolygon', id: '48', arcs: [[[1, 2]]] }],
    },
  },
};

describe('toFeatureCollection', () => {
  it('gives one feature per unit of the era, with the code as id and properties.code', () => {
    const era63 = toFeatureCollection(TOPOLOGY, '63');
    expect(era63.features.map((f) => [f.id, f.properties.code])).toEqual([
      ['48', '48'],
      ['49', '49'],
    ]);
    const era34 = toFeatureCollection(TOPOLOGY, '34');
    expect(era34.features).toHaveLength(1);
    expect(era34.features[0]?.properties).toEqual({ code: '48' });
    expect(era34.features[0]?.geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [1, 1],
            [0, 1],
            [0, 0],
            [1, 0],
            [2, 0],
            [2, 1],
            [1, 1],
          ],
        ],
      ],
    });
  });

  it('returns fresh objects on every call, so ECharts may mutate them', () => {
    const a = toFeatureCollection(TOPOLOGY, '63');
    const b = toFeatureCollection(TOPOLOGY, '63');
    expect(a).toEqual(b);
    expect(a.features[0]?.geometry).not.toBe(b.features[0]?.geometry);
  });

  it('rejects a geometry without a code', () => {
    const broken: VnTopology = {
      ...TOPOLOGY,
      objects: {
        ...TOPOLOGY.objects,
        units63: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0, 1]] }] },
      },
    };
    expect(() => toFeatureCollection(broken, '63')).toThrow(/no code/);
  });
});

describe('map furniture', () => {
  it('puts both archipelagos, their islands and labels inside the fit bounds', () => {
    const inBounds = ([lng, lat]: readonly number[]) =>
      (lng ?? NaN) >= VIETNAM_BOUNDS.west &&
      (lng ?? NaN) <= VIETNAM_BOUNDS.east &&
      (lat ?? NaN) >= VIETNAM_BOUNDS.south &&
      (lat ?? NaN) <= VIETNAM_BOUNDS.north;
    expect(ARCHIPELAGOS.map((a) => [a.id, a.provinceCode])).toEqual([
      ['hoang-sa', '48'],
      ['truong-sa', '56'],
    ]);
    for (const a of ARCHIPELAGOS) {
      expect(inBounds(a.anchor)).toBe(true);
      for (const island of a.islands) expect(islandDiamond(island.position).every(inBounds)).toBe(true);
    }
    expect(VIETNAM_BOUNDING_COORDS).toEqual([
      [102.0, 23.6],
      [117.6, 6.0],
    ]);
  });

  it('credits OpenStreetMap under the ODbL in both languages, and each era its own boundaries', () => {
    for (const era of ['34', '63'] as const) {
      expect(GEOMETRY_CREDIT[era].vi).toContain('© Những người đóng góp OpenStreetMap (ODbL)');
      expect(GEOMETRY_CREDIT[era].en).toContain('© OpenStreetMap contributors (ODbL)');
      // The words the map draws are the message files'.
      expect(vi[`map.credit.${era}`]).toBe(GEOMETRY_CREDIT[era].vi);
      expect(en[`map.credit.${era}`]).toBe(GEOMETRY_CREDIT[era].en);
    }
    // The 63 predate the merger: their map does not credit the resolution that made the 34.
    expect(GEOMETRY_CREDIT['63'].vi).not.toContain('202/2025');
    expect(GEOMETRY_CREDIT['63'].en).not.toContain('202/2025');
    expect(GEOMETRY_CREDIT['63'].vi).toContain('trước 01/07/2025');
  });

  it('draws an island as a closed counter-clockwise diamond', () => {
    const ring = islandDiamond([112, 16], 0.06);
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual(ring[4]);
    let twiceArea = 0;
    for (let i = 1; i < ring.length; i++) {
      const [x0, y0] = ring[i - 1] as [number, number];
      const [x1, y1] = ring[i] as [number, number];
      twiceArea += x0 * y1 - x1 * y0;
    }
    expect(twiceArea / 2).toBeCloseTo(2 * 0.06 * 0.06, 10);
  });
});
