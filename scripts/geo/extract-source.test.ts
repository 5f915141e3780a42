import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import {
  captureRegisteredMap,
  decodeCompressedGeoJson,
  decodeRing,
  readSourceGeoJson,
  readSourceText,
} from './extract-source.ts';
import { polygonsOf } from './point-in-polygon.ts';

/** The inverse of ECharts' ring decoding, for round trips: delta, ZigZag, +64. */
function encodeRing(
  points: readonly (readonly [number, number])[],
  scale = 1024,
): { ring: string; offset: [number, number] } {
  const ints = points.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)] as const);
  const first = ints[0] ?? [0, 0];
  let prevX = first[0];
  let prevY = first[1];
  let ring = '';
  for (const [x, y] of ints) {
    const dx = x - prevX;
    const dy = y - prevY;
    ring += String.fromCharCode(((dx << 1) ^ (dx >> 31)) + 64, ((dy << 1) ^ (dy >> 31)) + 64);
    prevX = x;
    prevY = y;
  }
  return { ring, offset: [first[0], first[1]] };
}

const SQUARE: [number, number][] = [
  [105, 21],
  [106, 21],
  [106, 22],
  [105, 22],
  [105, 21],
];

describe('decodeRing', () => {
  it('undoes delta, ZigZag and scale, and closes an open ring', () => {
    const { ring, offset } = encodeRing(SQUARE.slice(0, 4));
    expect(decodeRing(ring, offset, 1024)).toEqual(SQUARE);
  });

  it('rejects an odd-length string', () => {
    expect(() => decodeRing('@@A', [0, 0], 1024)).toThrow(/odd length/);
  });
});

describe('captureRegisteredMap', () => {
  const umd = (body: string) =>
    `(function (root, factory) { if (typeof define === 'function' && define.amd) { define(['exports', 'echarts'], factory); }` +
    ` else if (typeof exports === 'object' && typeof exports.nodeName !== 'string') { factory(exports, require('echarts')); }` +
    ` else { factory({}, root.echarts); } }(this, function (exports, echarts) { ${body} }));`;

  it('captures the object passed to echarts.registerMap', () => {
    const { ring, offset } = encodeRing(SQUARE);
    const geo = {
      type: 'FeatureCollection',
      UTF8Encoding: true,
      features: [
        {
          type: 'Feature',
          properties: { name: 'Hanoi' },
          geometry: { type: 'Polygon', coordinates: [ring], encodeOffsets: [offset] },
        },
      ],
    };
    const { mapName, geoJson } = captureRegisteredMap(
      umd(`echarts.registerMap('越南', ${JSON.stringify(geo)});`),
    );
    expect(mapName).toBe('越南');
    expect(decodeCompressedGeoJson(geoJson).features[0]?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [SQUARE],
    });
  });

  it('fails when the file does not register exactly one map', () => {
    expect(() => captureRegisteredMap(umd(''))).toThrow(/0 times/);
  });

  it('never hands the file another module than the fake echarts', () => {
    expect(() => captureRegisteredMap(`require('fs')`)).toThrow(/unexpected module: fs/);
  });
});

describe('Vietnam.js', () => {
  const source = readSourceGeoJson();

  it('holds 63 named polygon features, rings closed, all within mainland Vietnam', () => {
    expect(source.features).toHaveLength(63);
    for (const f of source.features) {
      for (const rings of polygonsOf(f.geometry)) {
        for (const ring of rings) {
          expect(ring[0]).toEqual(ring[ring.length - 1]);
          for (const [lng, lat] of ring as [number, number][]) {
            expect(lng).toBeGreaterThan(102);
            expect(lng).toBeLessThan(110);
            expect(lat).toBeGreaterThan(8);
            expect(lat).toBeLessThan(23.5);
          }
        }
      }
    }
  });

  it('decodes exactly as ECharts does', async () => {
    // Test-only cross-check against ECharts' own decoder (not in the package's exports, hence the path).
    const path = fileURLToPath(
      new URL('../../node_modules/echarts/lib/coord/geo/parseGeoJson.js', import.meta.url),
    );
    const { default: parseGeoJSON } = (await import(/* @vite-ignore */ path)) as {
      default: (
        geo: unknown,
        nameProperty: string,
      ) => { name: string; geometries: { exterior: number[][] }[] }[];
    };
    const compressed = captureRegisteredMap(readSourceText()).geoJson;
    const regions = parseGeoJSON(JSON.parse(JSON.stringify(compressed)), 'name');
    expect(regions).toHaveLength(63);
    for (const region of regions) {
      const ours = source.features.find((f) => f.properties.name === region.name);
      expect(ours, region.name).toBeDefined();
      const exteriors: Position[][] = polygonsOf(ours?.geometry ?? { type: 'Polygon', coordinates: [] }).map(
        (rings) => rings[0] ?? [],
      );
      expect(exteriors).toEqual(region.geometries.map((g) => g.exterior));
    }
  });
});
